// sass_scan.h -- what a candidate's machine code reads of the clocks: a kernel that reads a
// timer (%globaltimer, %clock, %clock64) can behave one way while it is judged and another later
// (an exploit exact until a date passes), so the module check refuses it before it runs.
//
// How: Hopper (sm_90) SASS is 16-byte instructions; the three instructions that copy a special
// register into a register -- S2R (opcode 0x919), S2UR (0x9c3, into a uniform register) and
// CS2R (0x805, 32 or 64 bits) -- carry the special register's number in bits 72..79 of the
// instruction. The timers are SR_CLOCKLO 0x50, SR_CLOCKHI 0x51, SR_GLOBALTIMERLO 0x52 and
// SR_GLOBALTIMERHI 0x53. These encodings were read off cubins nvcc 13.0 wrote for sm_90a from
// kernels that read each timer through PTX and through clock()/clock64(); the tests
// (tests/gpu_common/module_check_test.cpp) compile such kernels again and check every one is
// found, and tests/attention/shipped_kernel_test.cpp that the shipped kernel reads none.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace avo::gpu_judge {

struct TimerRead {
  std::string section;  // e.g. ".text.avo_wgmma_hd128"
  uint64_t offset = 0;  // of the instruction, in bytes from the section's start
  std::string timer;    // "%globaltimer" or "%clock"
};

// The first timer read in `code` (one .text section's bytes); its `timer` is empty when none.
TimerRead find_timer_read(const std::string& section, const uint8_t* code, uint64_t size);

}  // namespace avo::gpu_judge
