#include "module_check.h"

#include <elf.h>

#include <algorithm>
#include <cstring>

#include "sass_scan.h"

namespace avo::gpu_judge {
namespace {

constexpr uint16_t kEmCuda = 190;
constexpr const char* kConstantBank = ".nv.constant3";
// All of a module's __constant__ memory: a larger bank is no cubin's.
constexpr uint64_t kMaxBankBytes = 64 * 1024;
// The widest word a relocation patches (a 64-bit address).
constexpr uint64_t kRelocationBytes = 8;

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
  bool read_bytes(uint64_t off, uint64_t n, uint8_t* out) const {
    if (off > b_.size() || b_.size() - off < n) return false;
    if (n > 0) std::memcpy(out, b_.data() + off, n);
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

// The ELF header and the sections of a cubin; "" or why the bytes are not one.
std::string read_elf(const Image& img, Elf64_Ehdr* eh, Sections* sections) {
  if (!img.read(0, eh) || std::memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0 ||
      eh->e_ident[EI_CLASS] != ELFCLASS64) {
    return "module: not an ELF64 file (the build must write a cubin)";
  }
  if (eh->e_machine != kEmCuda) return "module: not a CUDA cubin (ELF machine is not EM_CUDA)";
  if (eh->e_shentsize != sizeof(Elf64_Shdr) || eh->e_shnum == 0) {
    return "module: malformed section table";
  }
  return read_sections(img, *eh, sections);
}

// Calls `visit(sym, name)` for every symbol of every symbol table but the null one; "" or why a
// table or a symbol is malformed, or the first reason `visit` returns.
template <typename Visit>
std::string for_each_symbol(const Image& img, const Sections& s, Visit visit) {
  const std::vector<Elf64_Shdr>& sh = s.headers;
  for (const Elf64_Shdr& table : sh) {
    if (table.sh_type != SHT_SYMTAB) continue;
    if (table.sh_entsize != sizeof(Elf64_Sym) || table.sh_link >= sh.size()) {
      return "module: malformed symbol table";
    }
    const Elf64_Shdr& strtab = sh[table.sh_link];
    const uint64_t n = table.sh_size / sizeof(Elf64_Sym);
    for (uint64_t j = 1; j < n; ++j) {
      Elf64_Sym sym{};
      std::string name;
      if (!img.read(table.sh_offset + j * sizeof(Elf64_Sym), &sym) ||
          !img.string(strtab.sh_offset, strtab.sh_size, sym.st_name, &name)) {
        return "module: malformed symbol";
      }
      if (std::string why = visit(sym, name); !why.empty()) return why;
    }
  }
  return "";
}

// The contents of the bank, section `bank`: its bytes, or zeros where the file holds none.
std::string read_bank_bytes(const Image& img, const Sections& s, size_t bank, ConstantBank* out) {
  const Elf64_Shdr& sh = s.headers[bank];
  if (sh.sh_size > kMaxBankBytes) {
    return "module: a __constant__ bank of " + std::to_string(sh.sh_size) +
           " bytes, above the 64 KiB of constant memory";
  }
  out->bytes.assign(sh.sh_size, 0);
  if (sh.sh_type == SHT_NOBITS) return "";
  if (!img.read_bytes(sh.sh_offset, sh.sh_size, out->bytes.data())) {
    return std::string("module: truncated section ") + kConstantBank;
  }
  return "";
}

// The bytes of the bank that relocation sections patch.
std::string read_bank_relocations(const Image& img, const Sections& s, size_t bank,
                                  ConstantBank* out) {
  const uint64_t size = out->bytes.size();
  for (const Elf64_Shdr& rel : s.headers) {
    if ((rel.sh_type != SHT_REL && rel.sh_type != SHT_RELA) || rel.sh_info != bank) continue;
    const uint64_t entry = rel.sh_type == SHT_RELA ? sizeof(Elf64_Rela) : sizeof(Elf64_Rel);
    if (rel.sh_entsize != entry) return "module: malformed relocation table";
    for (uint64_t j = 0; j < rel.sh_size / entry; ++j) {
      Elf64_Rel r{};  // an Elf64_Rela starts as an Elf64_Rel does
      if (!img.read(rel.sh_offset + j * entry, &r)) return "module: truncated relocation table";
      if (r.r_offset >= size) return "module: a relocation past the __constant__ bank";
      out->relocated.push_back({r.r_offset, std::min(kRelocationBytes, size - r.r_offset)});
    }
  }
  return "";
}

// The __constant__ bank of a module whose sections were read.
std::string read_bank(const Image& img, const Sections& s, ConstantBank* out) {
  *out = ConstantBank{};
  size_t bank = s.names.size();
  for (size_t i = 0; i < s.names.size(); ++i) {
    if (s.names[i] != kConstantBank) continue;
    if (bank != s.names.size()) return "module: more than one __constant__ bank";
    bank = i;
  }
  if (bank == s.names.size()) return "";
  if (std::string why = read_bank_bytes(img, s, bank, out); !why.empty()) return why;
  std::string why = for_each_symbol(img, s, [&](const Elf64_Sym& sym, const std::string& name) {
    if (sym.st_shndx != bank || ELF64_ST_TYPE(sym.st_info) != STT_OBJECT || sym.st_size == 0) {
      return std::string();
    }
    const uint64_t size = out->bytes.size();
    if (sym.st_value > size || sym.st_size > size - sym.st_value) {
      return "module: __constant__ symbol '" + name + "' runs past its bank";
    }
    const auto begin = out->bytes.begin() + static_cast<std::ptrdiff_t>(sym.st_value);
    out->symbols.push_back(
        {name, sym.st_value, {begin, begin + static_cast<std::ptrdiff_t>(sym.st_size)}});
    return std::string();
  });
  if (!why.empty()) return why;
  return read_bank_relocations(img, s, bank, out);
}

// One defined or undefined symbol of the module; "" when it is allowed, else why it is not.
// Records entry kernels in `out` and sets `have_launch` at the launch description.
std::string check_symbol(const Elf64_Sym& sym, const std::string& name, const Sections& s,
                         const LaunchSymbol& launch, uint64_t launch_bytes, ModuleCheck* out,
                         bool* have_launch) {
  const int type = ELF64_ST_TYPE(sym.st_info);
  if (sym.st_shndx == SHN_UNDEF) {
    if (name.empty() || starts_with(name, ".nv.")) return "";  // the linker's placeholders
    return "module needs the external symbol '" + name +
           "' (device malloc, printf and device-side launches are not allowed)";
  }
  if (type == STT_FUNC && ELF64_ST_BIND(sym.st_info) == STB_GLOBAL) out->kernels.push_back(name);
  if (name != launch.name || type != STT_OBJECT) return "";
  const std::string where = sym.st_shndx < s.names.size() ? s.names[sym.st_shndx] : "?";
  if (where != ".nv.constant3") {
    return std::string(launch.name) + " is in " + where +
           ", not in __constant__ memory: declare it extern \"C\" __constant__";
  }
  if (sym.st_size != launch_bytes) {
    return std::string(launch.name) + " has " + std::to_string(sym.st_size) +
           " bytes, the contract's " + launch.type + " has " + std::to_string(launch_bytes) +
           " (built against another " + launch.header + "?)";
  }
  *have_launch = true;
  return "";
}

}  // namespace

ModuleCheck check_module(const std::vector<uint8_t>& bytes, const LaunchSymbol& launch,
                         uint64_t launch_bytes) {
  const Image img(bytes);
  Elf64_Ehdr eh{};
  Sections sections;
  if (std::string why = read_elf(img, &eh, &sections); !why.empty()) return refuse(why);
  const std::vector<Elf64_Shdr>& sh = sections.headers;
  // The first writable global section; refused after the symbols, whose reasons (malloc,
  // printf) say more.
  std::string writable;
  for (const std::string& name : sections.names) {
    if (writable.empty() && starts_with(name, ".nv.global")) writable = name;
  }

  ModuleCheck out;
  bool have_launch = false;
  std::string why =
      for_each_symbol(img, sections, [&](const Elf64_Sym& sym, const std::string& name) {
        return check_symbol(sym, name, sections, launch, launch_bytes, &out, &have_launch);
      });
  if (!why.empty()) return refuse(std::move(why));
  if (!writable.empty()) {
    return refuse("module has writable device globals (section " + writable +
                  "): a kernel may keep no state between calls except the scratch buffer; "
                  "declare constants __constant__");
  }
  if (!have_launch) {
    return refuse(std::string("module has no ") + launch.name +
                  " launch description (extern \"C\" __constant__ " + launch.type + ")");
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
  if (std::string w = read_bank(img, sections, &out.constants); !w.empty()) return refuse(w);
  out.ok = true;
  return out;
}

std::string read_constant_bank(const std::vector<uint8_t>& image, ConstantBank* out) {
  const Image img(image);
  Elf64_Ehdr eh{};
  Sections sections;
  if (std::string why = read_elf(img, &eh, &sections); !why.empty()) return why;
  return read_bank(img, sections, out);
}

}  // namespace avo::gpu_judge
