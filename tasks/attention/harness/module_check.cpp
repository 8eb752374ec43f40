#include "module_check.h"

#include <elf.h>

#include <cstring>

#include "sass_scan.h"

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

// The section headers and each section's name.
struct Sections {
  std::vector<Elf64_Shdr> headers;
  std::vector<std::string> names;
};

// Reads the section table of a checked ELF header; "" or why the table is malformed.
std::string read_sections(const Image& img, const Elf64_Ehdr& eh, Sections* out) {
  out->headers.resize(eh.e_shnum);
  for (uint16_t i = 0; i < eh.e_shnum; ++i) {
    if (!img.read(eh.e_shoff + uint64_t{i} * sizeof(Elf64_Shdr), &out->headers[i])) {
      return "module: truncated section table";
    }
  }
  if (eh.e_shstrndx >= eh.e_shnum) return "module: malformed section names";
  const Elf64_Shdr& names = out->headers[eh.e_shstrndx];
  out->names.resize(eh.e_shnum);
  for (uint16_t i = 0; i < eh.e_shnum; ++i) {
    if (!img.string(names.sh_offset, names.sh_size, out->headers[i].sh_name, &out->names[i])) {
      return "module: malformed section name";
    }
  }
  return "";
}

// One defined or undefined symbol of the module; "" when it is allowed, else why it is not.
// Records entry kernels in `out` and sets `have_launch` at the launch description.
std::string check_symbol(const Elf64_Sym& sym, const std::string& name, const Sections& s,
                         uint64_t launch_bytes, ModuleCheck* out, bool* have_launch) {
  const int type = ELF64_ST_TYPE(sym.st_info);
  if (sym.st_shndx == SHN_UNDEF) {
    if (name.empty() || starts_with(name, ".nv.")) return "";  // the linker's placeholders
    return "module needs the external symbol '" + name +
           "' (device malloc, printf and device-side launches are not allowed)";
  }
  if (type == STT_FUNC && ELF64_ST_BIND(sym.st_info) == STB_GLOBAL) out->kernels.push_back(name);
  if (name != kLaunchSymbol || type != STT_OBJECT) return "";
  const std::string where = sym.st_shndx < s.names.size() ? s.names[sym.st_shndx] : "?";
  if (where != ".nv.constant3") {
    return std::string(kLaunchSymbol) + " is in " + where +
           ", not in __constant__ memory: declare it extern \"C\" __constant__";
  }
  if (sym.st_size != launch_bytes) {
    return std::string(kLaunchSymbol) + " has " + std::to_string(sym.st_size) +
           " bytes, the contract's AvoAttentionLaunch has " + std::to_string(launch_bytes) +
           " (built against another avo_attention.h?)";
  }
  *have_launch = true;
  return "";
}

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
  Sections sections;
  if (std::string why = read_sections(img, eh, &sections); !why.empty()) return refuse(why);
  const std::vector<Elf64_Shdr>& sh = sections.headers;
  // The first writable global section; refused after the symbols, whose reasons (malloc,
  // printf) say more.
  std::string writable;
  for (const std::string& name : sections.names) {
    if (writable.empty() && starts_with(name, ".nv.global")) writable = name;
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
      std::string why = check_symbol(sym, name, sections, launch_bytes, &out, &have_launch);
      if (!why.empty()) return refuse(std::move(why));
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
  for (uint16_t i = 0; i < eh.e_shnum; ++i) {
    if (!starts_with(sections.names[i], ".text.") || sh[i].sh_type != SHT_PROGBITS) continue;
    if (sh[i].sh_offset > bytes.size() || sh[i].sh_size > bytes.size() - sh[i].sh_offset) {
      return refuse("module: truncated section " + sections.names[i]);
    }
    const TimerRead t =
        find_timer_read(sections.names[i], bytes.data() + sh[i].sh_offset, sh[i].sh_size);
    if (!t.timer.empty()) {
      return refuse("module reads " + t.timer + " (" + t.section + " at byte " +
                    std::to_string(t.offset) +
                    "): a kernel's answer must not depend on when it runs");
    }
  }
  out.ok = true;
  return out;
}

}  // namespace avo::attention
