// avo-kernel-params -- writes the headers a kernel task's candidate compiles against, for the
// task's build command; needs no GPU:
//   avo_kernel_params.h  the parameter struct generated from kernel.toml (param_layout.h);
//   avo_kernel.h         the contract (include/avo_kernel.h, built in), with --dir.
//
//   avo-kernel-params TASK_DIR/kernel.toml [--dir DIR]   (default: avo_kernel_params.h to stdout)
//
// Exit status: 0, or 2 with one line naming what was wrong (the file, the key).
#include <CLI/CLI.hpp>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include "contract_header.h"
#include "decl.h"
#include "param_layout.h"

namespace {

bool write_file(const std::string& path, const std::string& text) {
  std::ofstream o(path, std::ios::binary | std::ios::trunc);
  o << text;
  if (o) return true;
  std::fprintf(stderr, "avo-kernel-params: %s: cannot be written\n", path.c_str());
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  std::string toml, dir;
  CLI::App app{"avo-kernel-params: a kernel task's avo_kernel_params.h from its kernel.toml"};
  app.add_option("kernel_toml", toml, "the task's kernel.toml")->required();
  app.add_option("--dir", dir, "write avo_kernel_params.h and avo_kernel.h into this directory");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  std::ifstream f(toml, std::ios::binary);
  if (!f) {
    std::fprintf(stderr, "avo-kernel-params: %s: cannot be read\n", toml.c_str());
    return 2;
  }
  const std::string text((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  avo::kernel_judge::KernelDecl decl;
  std::string why;
  if (!avo::kernel_judge::parse_kernel_decl(text, toml, &decl, &why)) {
    std::fprintf(stderr, "avo-kernel-params: %s\n", why.c_str());
    return 2;
  }
  const std::string header = avo::kernel_judge::params_header(decl);
  if (dir.empty()) {
    std::fputs(header.c_str(), stdout);
    return 0;
  }
  const bool ok = write_file(dir + "/avo_kernel_params.h", header) &&
                  write_file(dir + "/avo_kernel.h", avo::kernel_judge::contract_header());
  return ok ? 0 : 2;
}
