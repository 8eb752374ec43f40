#include "avo/engine/registry.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "avo/agent/agent_operator.h"
#include "avo/operators/exec_operator.h"
#include "avo/operators/llm_rewrite_operator.h"
#include "avo/operators/mutate.h"

namespace avo {
namespace {

Result<std::unique_ptr<llm::ChatProvider>> ProviderFor(const std::string& op,
                                                       const OperatorOptions& options) {
  if (!options.llm.is_object() || options.llm.empty()) {
    return Status::InvalidArgument(
        "--operator " + op +
        " needs an [llm] table in the run config (--config avo.toml; see docs/agent.md)");
  }
  AVO_ASSIGN_OR_RETURN(llm::ProviderConfig config, llm::ProviderConfigFromJson(options.llm));
  AVO_RETURN_IF_ERROR(llm::Validate(config));
  return llm::MakeProvider(config, options.hooks);
}

}  // namespace

std::vector<std::string> OperatorNames() { return {"mutate", "llm-rewrite", "agent", "exec"}; }

bool OperatorUsesLlm(const std::string& name) { return name == "agent" || name == "llm-rewrite"; }

Result<std::unique_ptr<VariationOperator>> MakeOperator(const std::string& name,
                                                        const OperatorOptions& options) {
  if (name == "mutate")
    return std::unique_ptr<VariationOperator>(std::make_unique<MutateOperator>());
  if (name == "agent") {  // OperatorUsesLlm names the operators that make a provider
    AVO_ASSIGN_OR_RETURN(auto provider, ProviderFor(name, options));
    return std::unique_ptr<VariationOperator>(std::make_unique<agent::AgentOperator>(
        std::move(provider), options.agent, options.kb_paths));
  }
  if (name == "llm-rewrite") {
    AVO_ASSIGN_OR_RETURN(auto provider, ProviderFor(name, options));
    return std::unique_ptr<VariationOperator>(
        std::make_unique<LlmRewriteOperator>(std::move(provider), 0.7, options.agent.temperature));
  }
  if (name == "exec") {
    if (options.exec_command.empty()) {
      return Status::InvalidArgument(
          "--operator exec needs a command: [exec] command in the run config, or --exec-command");
    }
    return std::unique_ptr<VariationOperator>(std::make_unique<ExecOperator>(
        options.exec_command, options.exec_timeout_s, options.avo_binary, options.kb_paths));
  }
  return Status::InvalidArgument(fmt::format("--operator: unknown operator '{}' (known: {})", name,
                                             fmt::join(OperatorNames(), ", ")));
}

}  // namespace avo
