// contract_header.h -- the text of include/avo_kernel.h (the bring-your-own kernel contract),
// built into the tools that write a task's headers, so that a workspace needs no path into
// avo's source tree to compile a candidate.
#pragma once

namespace avo::kernel_judge {

const char* contract_header();

}  // namespace avo::kernel_judge
