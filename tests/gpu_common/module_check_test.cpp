// Contract v2's static module rules, on cubins compiled here by nvcc (skipped where nvcc is
// not installed): writable globals, external symbols and a missing or misplaced launch
// description are refused with a reason naming what was found; the __constant__ bank the
// judge restores before every call is read with its objects and their bytes.
#include "module_check.h"

#include <elf.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "testing/temp_dir.h"

namespace avo::gpu_judge {
namespace {

namespace fs = std::filesystem;

// The attention contract's launch description, at a stand-in size, for these fixtures.
constexpr LaunchSymbol kLaunch{"avo_attention_launch", "AvoAttentionLaunch", "avo_attention.h"};
constexpr uint64_t kLaunchBytes = 64;

std::string nvcc() {
  for (const char* p : {"/usr/local/cuda/bin/nvcc", "/usr/bin/nvcc"}) {
    if (fs::exists(p)) return p;
  }
  return "";
}

// Compiles `source` to a cubin (sm_90a) and returns its bytes; empty on a compile failure.
std::vector<uint8_t> cubin(const fs::path& dir, const std::string& source) {
  const fs::path cu = dir / "m.cu";
  const fs::path out = dir / "m.cubin";
  std::ofstream(cu) << "struct Launch { char bytes[" << kLaunchBytes << "]; };\n" << source;
  const std::string cmd = nvcc() + " -cubin -gencode=arch=compute_90a,code=sm_90a -o " +
                          out.string() + " " + cu.string() + " 2>&1";
  if (std::system(cmd.c_str()) != 0) return {};
  std::ifstream in(out, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

constexpr const char* kEntry =
    "extern \"C\" __global__ void entry(float* p) { p[threadIdx.x] = 1.f; }\n";
constexpr const char* kDescription =
    "extern \"C\" __constant__ Launch avo_attention_launch = {};\n";

class ModuleCheckTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (nvcc().empty()) GTEST_SKIP() << "nvcc not installed";
  }
  ModuleCheck check(const std::string& source) {
    const auto image = cubin(dir_.path(), source);
    EXPECT_FALSE(image.empty()) << "nvcc failed on:\n" << source;
    return check_module(image, kLaunch, kLaunchBytes);
  }
  avo::testing::TempDir dir_;
};

TEST_F(ModuleCheckTest, AcceptsAKernelWithAConstantDescription) {
  const ModuleCheck c = check(std::string(kEntry) + kDescription);
  EXPECT_TRUE(c.ok) << c.reason;
  EXPECT_EQ(c.kernels, std::vector<std::string>{"entry"});
}

TEST_F(ModuleCheckTest, RefusesAWritableGlobalCounter) {
  const ModuleCheck c = check(std::string(kDescription) +
                              "__device__ int calls;\n"
                              "extern \"C\" __global__ void entry(int* p) { p[0] = calls++; }\n");
  EXPECT_FALSE(c.ok);
  EXPECT_NE(c.reason.find("writable device globals"), std::string::npos) << c.reason;
  EXPECT_NE(c.reason.find(".nv.global"), std::string::npos) << c.reason;
}

TEST_F(ModuleCheckTest, RefusesADescriptionDeclaredDeviceConst) {
  // nvcc puts __device__ const objects in the writable .nv.global.init section.
  const ModuleCheck c = check(std::string(kEntry) +
                              "extern \"C\" __device__ const Launch avo_attention_launch = {};\n"
                              "extern \"C\" __global__ void use(char* p) { "
                              "p[0] = avo_attention_launch.bytes[threadIdx.x]; }\n");
  EXPECT_FALSE(c.ok);
  EXPECT_NE(c.reason.find("not in __constant__ memory"), std::string::npos) << c.reason;
}

TEST_F(ModuleCheckTest, RefusesDeviceMalloc) {
  const ModuleCheck c =
      check(std::string(kDescription) +
            "extern \"C\" __global__ void entry(void** p) { p[0] = malloc(64); }\n");
  EXPECT_FALSE(c.ok);
  EXPECT_NE(c.reason.find("'malloc'"), std::string::npos) << c.reason;
}

TEST_F(ModuleCheckTest, RefusesDevicePrintf) {
  const ModuleCheck c = check(std::string(kDescription) +
                              "#include <cstdio>\n"
                              "extern \"C\" __global__ void entry() { printf(\"x\"); }\n");
  EXPECT_FALSE(c.ok);
  EXPECT_NE(c.reason.find("vprintf"), std::string::npos) << c.reason;
}

TEST_F(ModuleCheckTest, RefusesAModuleWithoutDescription) {
  const ModuleCheck c = check(kEntry);
  EXPECT_FALSE(c.ok);
  EXPECT_NE(c.reason.find("no avo_attention_launch"), std::string::npos) << c.reason;
}

TEST_F(ModuleCheckTest, RefusesADescriptionOfAnotherSize) {
  const auto image = cubin(dir_.path(), std::string(kEntry) + kDescription);
  const ModuleCheck c = check_module(image, kLaunch, kLaunchBytes + 8);
  EXPECT_FALSE(c.ok);
  EXPECT_NE(c.reason.find("another avo_attention"), std::string::npos) << c.reason;
}

// Every way a kernel can read a clock reaches the machine code as S2R, S2UR or CS2R of a timer
// register; each is refused, in a uniform or a per-thread register, 32 or 64 bits, used or
// only compared.
TEST_F(ModuleCheckTest, RefusesEveryTimerRead) {
  struct Case {
    const char* read;
    const char* timer;
  };
  const Case cases[] = {
      {"unsigned long long t; asm volatile(\"mov.u64 %0, %%globaltimer;\" : \"=l\"(t));",
       "%globaltimer"},
      {"unsigned t; asm volatile(\"mov.u32 %0, %%globaltimer_lo;\" : \"=r\"(t));", "%globaltimer"},
      {"unsigned t; asm volatile(\"mov.u32 %0, %%globaltimer_hi;\" : \"=r\"(t));", "%globaltimer"},
      {"long long t = clock64();", "%clock"},
      {"long long t = clock();", "%clock"},
      {"unsigned t; asm volatile(\"mov.u32 %0, %%clock_hi;\" : \"=r\"(t));", "%clock"},
  };
  for (const Case& c : cases) {
    for (const char* use : {"p[threadIdx.x] = (float)t;", "if (t > 5) p[0] = 1.f;"}) {
      const std::string source = std::string("extern \"C\" __global__ void entry(float* p) { ") +
                                 c.read + " " + use + " }\n" + kDescription;
      const ModuleCheck m = check(source);
      EXPECT_FALSE(m.ok) << source;
      EXPECT_NE(m.reason.find(std::string("module reads ") + c.timer), std::string::npos)
          << source << "\n"
          << m.reason;
      EXPECT_NE(m.reason.find(".text.entry at byte"), std::string::npos) << m.reason;
    }
  }
}

// Special registers that are not clocks (thread, block and lane indices, the SM's id) are the
// kernel's own business.
TEST_F(ModuleCheckTest, AcceptsOtherSpecialRegisters) {
  const ModuleCheck m = check(
      "extern \"C\" __global__ void entry(float* p) { unsigned l, s; asm(\"mov.u32 %0, "
      "%%laneid;\" : \"=r\"(l)); asm(\"mov.u32 %0, %%smid;\" : \"=r\"(s)); "
      "p[threadIdx.x + blockIdx.x * blockDim.x] = (float)(l + s); }\n" +
      std::string(kDescription));
  EXPECT_TRUE(m.ok) << m.reason;
}

// The __constant__ bank the judge puts back before every call and checks after it: every
// object with its offset, size and bytes as the cubin holds them.
constexpr const char* kTwoConstants =
    "__constant__ int c_init[3] = {7, -8, 9};\n"
    "__constant__ float c_zero[5];\n"
    "extern \"C\" __global__ void entry(float* p) { int i = threadIdx.x; "
    "p[i] = c_init[i % 3] + c_zero[i % 5] + avo_attention_launch.bytes[i % 64]; }\n";

const ConstantSymbol* find_symbol(const ConstantBank& bank, const std::string& name) {
  for (const ConstantSymbol& s : bank.symbols) {
    if (s.name == name) return &s;
  }
  return nullptr;
}

std::vector<uint8_t> bytes_of(const std::vector<int>& values) {
  std::vector<uint8_t> out(values.size() * sizeof(int));
  std::memcpy(out.data(), values.data(), out.size());
  return out;
}

TEST_F(ModuleCheckTest, ReadsEveryConstantObjectWithItsBytes) {
  const auto image = cubin(dir_.path(), std::string(kDescription) + kTwoConstants);
  ASSERT_FALSE(image.empty());
  ConstantBank bank;
  ASSERT_EQ(read_constant_bank(image, &bank), "");
  ASSERT_EQ(bank.symbols.size(), 3u);
  const ConstantSymbol* launch = find_symbol(bank, "avo_attention_launch");
  const ConstantSymbol* init = find_symbol(bank, "c_init");
  const ConstantSymbol* zero = find_symbol(bank, "c_zero");
  ASSERT_NE(launch, nullptr);
  ASSERT_NE(init, nullptr);
  ASSERT_NE(zero, nullptr);
  EXPECT_EQ(launch->bytes, std::vector<uint8_t>(kLaunchBytes, 0));
  EXPECT_EQ(init->bytes, bytes_of({7, -8, 9}));
  EXPECT_EQ(zero->bytes, std::vector<uint8_t>(5 * sizeof(float), 0));
  // Each object's bytes are the bank's at its offset, and the bank holds them all.
  for (const ConstantSymbol& s : bank.symbols) {
    ASSERT_LE(s.offset + s.bytes.size(), bank.bytes.size()) << s.name;
    EXPECT_TRUE(std::equal(s.bytes.begin(), s.bytes.end(),
                           bank.bytes.begin() + static_cast<std::ptrdiff_t>(s.offset)))
        << s.name;
  }
  EXPECT_TRUE(bank.relocated.empty());
  // check_module reads the same bank from the bytes it passes.
  const ModuleCheck c = check_module(image, kLaunch, kLaunchBytes);
  ASSERT_TRUE(c.ok) << c.reason;
  EXPECT_EQ(c.constants.bytes, bank.bytes);
  ASSERT_EQ(c.constants.symbols.size(), bank.symbols.size());
}

// An uninitialised (NOBITS) bank holds no bytes in the file: every object restores to zeros.
TEST_F(ModuleCheckTest, ReadsAnUninitialisedBankAsZeros) {
  auto image = cubin(dir_.path(), std::string(kDescription) + kTwoConstants);
  ASSERT_FALSE(image.empty());
  Elf64_Ehdr eh{};
  std::memcpy(&eh, image.data(), sizeof eh);
  Elf64_Shdr names{};
  std::memcpy(&names, image.data() + eh.e_shoff + eh.e_shstrndx * sizeof(Elf64_Shdr), sizeof names);
  bool patched = false;
  for (uint16_t i = 0; i < eh.e_shnum; ++i) {
    const uint64_t at = eh.e_shoff + i * sizeof(Elf64_Shdr);
    Elf64_Shdr sh{};
    std::memcpy(&sh, image.data() + at, sizeof sh);
    const char* name = reinterpret_cast<const char*>(image.data() + names.sh_offset + sh.sh_name);
    if (std::string(name) != ".nv.constant3") continue;
    sh.sh_type = SHT_NOBITS;
    std::memcpy(image.data() + at, &sh, sizeof sh);
    patched = true;
  }
  ASSERT_TRUE(patched);
  ConstantBank bank;
  ASSERT_EQ(read_constant_bank(image, &bank), "");
  EXPECT_EQ(bank.bytes, std::vector<uint8_t>(bank.bytes.size(), 0));
  ASSERT_EQ(bank.symbols.size(), 3u);
  const ConstantSymbol* init = find_symbol(bank, "c_init");
  ASSERT_NE(init, nullptr);
  EXPECT_EQ(init->bytes, std::vector<uint8_t>(3 * sizeof(int), 0));
}

// A __constant__ pointer to another object is patched by the loader: its bytes are listed as
// relocated, since the cubin does not hold their value.
TEST_F(ModuleCheckTest, ListsTheRelocatedBytesOfTheBank) {
  const auto image = cubin(dir_.path(), std::string(kDescription) +
                                            "__constant__ int c_init[3] = {7, 8, 9};\n"
                                            "__constant__ const int* c_ptr = c_init + 1;\n"
                                            "extern \"C\" __global__ void entry(int* p) { "
                                            "p[threadIdx.x] = c_ptr[threadIdx.x % 2]; }\n");
  ASSERT_FALSE(image.empty());
  ConstantBank bank;
  ASSERT_EQ(read_constant_bank(image, &bank), "");
  const ConstantSymbol* ptr = find_symbol(bank, "c_ptr");
  ASSERT_NE(ptr, nullptr);
  ASSERT_EQ(ptr->bytes.size(), 8u);
  ASSERT_EQ(bank.relocated.size(), 1u);
  EXPECT_EQ(bank.relocated[0].offset, ptr->offset);
  EXPECT_EQ(bank.relocated[0].bytes, 8u);
}

TEST(ModuleCheckBytes, RefusesWhatIsNotACubin) {
  const std::vector<uint8_t> text = {'#', '!', '/', 'b', 'i', 'n', '/', 's', 'h'};
  EXPECT_NE(check_module(text, kLaunch, kLaunchBytes).reason.find("not an ELF64"),
            std::string::npos);
  EXPECT_FALSE(check_module({}, kLaunch, kLaunchBytes).ok);
  ConstantBank bank;
  EXPECT_NE(read_constant_bank(text, &bank).find("not an ELF64"), std::string::npos);
}

TEST(ModuleCheckBytes, RefusesATruncatedElfWithoutReadingPastIt) {
  std::vector<uint8_t> elf(64, 0);
  elf[0] = 0x7f;
  elf[1] = 'E';
  elf[2] = 'L';
  elf[3] = 'F';
  elf[4] = 2;      // ELFCLASS64
  elf[18] = 190;   // EM_CUDA
  elf[58] = 64;    // e_shentsize
  elf[60] = 200;   // e_shnum: far more sections than the file holds
  elf[40] = 0xf0;  // e_shoff near the end
  const ModuleCheck c = check_module(elf, kLaunch, kLaunchBytes);
  EXPECT_FALSE(c.ok);
  EXPECT_NE(c.reason.find("truncated"), std::string::npos) << c.reason;
}

}  // namespace
}  // namespace avo::gpu_judge
