// avo-kernel-params -- writes a kernel task's avo_kernel_params.h (param_layout.h) from its
// kernel.toml, for the task's build command; needs no GPU.
//
//   avo-kernel-params TASK_DIR/kernel.toml [-o avo_kernel_params.h]
//
// Exit status: 0, or 2 with one line naming what was wrong (the file, the key).
#include <CLI/CLI.hpp>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include "decl.h"
#include "param_layout.h"

int main(int argc, char** argv) {
  std::string toml, out;
  CLI::App app{"avo-kernel-params: a kernel task's avo_kernel_params.h from its kernel.toml"};
  app.add_option("kernel_toml", toml, "the task's kernel.toml")->required();
  app.add_option("-o,--output", out, "where the header goes (default: standard output)");
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
  if (out.empty()) {
    std::fputs(header.c_str(), stdout);
    return 0;
  }
  std::ofstream o(out, std::ios::binary | std::ios::trunc);
  o << header;
  if (!o) {
    std::fprintf(stderr, "avo-kernel-params: %s: cannot be written\n", out.c_str());
    return 2;
  }
  return 0;
}
