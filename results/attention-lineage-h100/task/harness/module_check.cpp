#include "module_check.h"

#include <elf.h>

#include <cstring>

namespace avo::attention {
namespace {

constexpr uint16_t kEmCuda = 190;
constexpr const char* kLaunchSymbol = "avo_attention_launch";

// A bounds-checked view of the image: every header and string is read through it, so a
// truncated or hostile file is refused instead of read past its end.
class Image {
 public:
  explicit Image(const std::vector<uint8_t>& b) : b_(b) {}
  template <typename T>
  bool read(uint64_t off, T* out) const {
    if (off > b_.size() || b_.size() - off < sizeof(T)) return false;
    std::memcpy(out, b_.data() + off, sizeof(T));
    return true;
  }
  // The NUL-ended string at `off` inside the table [table_off, table_off + table_size).
  bool string(uint64_t table_off, uint64_t table_size, uint64_t off, std::string* out) const {
    if (table_off > b_.size() || table_size > b_.size() - table_off || off >= table_size) {
      return false;
    }
    const auto* p = reinterpret_cast<const char*>(b_.data() + table_off + off);
    const size_t n = strnlen(p, table_size - off);
    if (n == table_size - off) return false;
    out->assign(p, n);
    return true;
  }

 private:
  const std::vector<uint8_t>& b_;
};

ModuleCheck refuse(std::string why) {
  ModuleCheck c;
  c.reason = std::move(why);
  return c;
}

bool starts_with(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

}  // namespace

ModuleCheck check_module(const std::vector<uint8_t>& bytes, uint64_t launch_bytes) {
  const Image img(bytes);
  Elf64_Ehdr eh{};
  if (!img.read(0, &eh) || std::memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0 ||
      eh.e_ident[EI_CLASS] != ELFCLASS64) {
    return refuse("module: not an ELF64 file (the build must write a cubin)");
  }
  if (eh.e_machine != kEmCuda)
    return refuse("module: not a CUDA cubin (ELF machine is not EM_CUDA)");
  if (eh.e_shentsize != sizeof(Elf64_Shdr) || eh.e_shnum == 0) {
    return refuse("module: malformed section table");
  }
  std::vector<Elf64_Shdr> sh(eh.e_shnum);
  for (uint16_t i = 0; i < eh.e_shnum; ++i) {
    if (!img.read(eh.e_shoff + uint64_t{i} * sizeof(Elf64_Shdr), &sh[i])) {
      return refuse("module: truncated section table");
    }
  }
  if (eh.e_shstrndx >= eh.e_shnum) return refuse("module: malformed section names");
  const Elf64_Shdr& names = sh[eh.e_shstrndx];
  std::vector<std::string> section(eh.e_shnum);
  std::string writable;  // the first writable global section; refused after the symbols, whose
                         // reasons (malloc, printf) say more
  for (uint16_t i = 0; i < eh.e_shnum; ++i) {
    if (!img.string(names.sh_offset, names.sh_size, sh[i].sh_name, &section[i])) {
      return refuse("module: malformed section name");
    }
    if (writable.empty() && starts_with(section[i], ".nv.global")) writable = section[i];
  }

  ModuleCheck out;
  bool have_launch = false;
  for (uint16_t i = 0; i < eh.e_shnum; ++i) {
    if (sh[i].sh_type != SHT_SYMTAB) continue;
    if (sh[i].sh_entsize != sizeof(Elf64_Sym) || sh[i].sh_link >= eh.e_shnum) {
      return refuse("module: malformed symbol table");
    }
    const Elf64_Shdr& strtab = sh[sh[i].sh_link];
    const uint64_t n = sh[i].sh_size / sizeof(Elf64_Sym);
    for (uint64_t j = 1; j < n; ++j) {
      Elf64_Sym sym{};
      std::string name;
      if (!img.read(sh[i].sh_offset + j * sizeof(Elf64_Sym), &sym) ||
          !img.string(strtab.sh_offset, strtab.sh_size, sym.st_name, &name)) {
        return refuse("module: malformed symbol");
      }
      const int type = ELF64_ST_TYPE(sym.st_info);
      if (sym.st_shndx == SHN_UNDEF) {
        if (name.empty() || starts_with(name, ".nv.")) continue;  // the linker's placeholders
        return refuse("module needs the external symbol '" + name +
                      "' (device malloc, printf and device-side launches are not allowed)");
      }
      if (type == STT_FUNC && ELF64_ST_BIND(sym.st_info) == STB_GLOBAL) out.kernels.push_back(name);
      if (name == kLaunchSymbol && type == STT_OBJECT) {
        const std::string where = sym.st_shndx < eh.e_shnum ? section[sym.st_shndx] : "?";
        if (where != ".nv.constant3") {
          return refuse(std::string(kLaunchSymbol) + " is in " + where +
                        ", not in __constant__ memory: declare it extern \"C\" __constant__");
        }
        if (sym.st_size != launch_bytes) {
          return refuse(std::string(kLaunchSymbol) + " has " + std::to_string(sym.st_size) +
                        " bytes, the contract's AvoAttentionLaunch has " +
                        std::to_string(launch_bytes) + " (built against another avo_attention.h?)");
        }
        have_launch = true;
      }
    }
  }
  if (!writable.empty()) {
    return refuse("module has writable device globals (section " + writable +
                  "): a kernel may keep no state between calls except the scratch buffer; "
                  "declare constants __constant__");
  }
  if (!have_launch) {
    return refuse(std::string("module has no ") + kLaunchSymbol +
                  " launch description (extern \"C\" __constant__ AvoAttentionLaunch)");
  }
  if (out.kernels.empty()) return refuse("module has no __global__ entry kernel");
  out.ok = true;
  return out;
}

}  // namespace avo::attention
