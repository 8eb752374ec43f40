#include "avo/operators/notes.h"

#include <string_view>

#include "avo/task/run_paths.h"
#include "avo/util/fs.h"

namespace avo {
namespace {

constexpr std::string_view kNotesCut =
    "[... earlier notes cut; read them with the notes tool ...]\n";

}  // namespace

std::string ReadNotes(const std::filesystem::path& run_dir) {
  auto notes = ReadFile(RunPaths(run_dir).notes());
  return notes.ok() ? *notes : std::string();
}

std::string NotesExcerpt(const std::string& notes, std::size_t max_chars) {
  if (notes.size() <= max_chars) return notes;
  return std::string(kNotesCut) + notes.substr(notes.size() - max_chars);
}

}  // namespace avo
