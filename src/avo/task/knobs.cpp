#include "avo/task/knobs.h"

#include <algorithm>
#include <cctype>
#include <regex>

namespace avo {
namespace {

bool IsWordChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '.';
}

struct Location {
  std::size_t line_start = 0;  // offset of the marker's line in the file
  std::size_t value_pos = 0;   // offset of the value word
  std::size_t value_len = 0;
};

Result<Location> Locate(const FileSet& files, const Knob& knob) {
  auto it = files.find(knob.file);
  if (it == files.end())
    return Status::NotFound("knob '" + knob.name + "': file '" + knob.file +
                            "' is not an editable file");
  const std::string& text = it->second;
  const std::regex marker("avo:knob\\s+" + knob.name + "(?![A-Za-z0-9_])");
  std::smatch m;
  if (!std::regex_search(text, m, marker)) {
    return Status::NotFound("knob '" + knob.name + "': no 'avo:knob " + knob.name + "' marker in " +
                            knob.file);
  }
  const auto marker_pos = static_cast<std::size_t>(m.position(0));
  const std::size_t line_start =
      text.rfind('\n', marker_pos) == std::string::npos ? 0 : text.rfind('\n', marker_pos) + 1;
  // Scan the words of the line before the marker, keeping the last allowed one.
  std::optional<Location> found;
  std::size_t i = line_start;
  while (i < marker_pos) {
    if (!IsWordChar(text[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < marker_pos && IsWordChar(text[j])) ++j;
    const std::string word = text.substr(i, j - i);
    if (std::find(knob.values.begin(), knob.values.end(), word) != knob.values.end()) {
      found = Location{line_start, i, j - i};
    }
    i = j;
  }
  if (!found) {
    return Status::NotFound("knob '" + knob.name + "': the marker line in " + knob.file +
                            " holds none of the allowed values");
  }
  return *found;
}

}  // namespace

Result<std::string> ReadKnob(const FileSet& files, const Knob& knob) {
  AVO_ASSIGN_OR_RETURN(Location loc, Locate(files, knob));
  return files.at(knob.file).substr(loc.value_pos, loc.value_len);
}

Result<FileSet> SetKnob(const FileSet& files, const Knob& knob, const std::string& value) {
  if (std::find(knob.values.begin(), knob.values.end(), value) == knob.values.end()) {
    return Status::InvalidArgument("knob '" + knob.name + "': '" + value +
                                   "' is not an allowed value");
  }
  AVO_ASSIGN_OR_RETURN(Location loc, Locate(files, knob));
  FileSet out = files;
  out[knob.file].replace(loc.value_pos, loc.value_len, value);
  return out;
}

Result<std::map<std::string, std::string>> ReadKnobs(const FileSet& files, const TaskSpec& task) {
  std::map<std::string, std::string> values;
  for (const auto& knob : task.knobs) {
    AVO_ASSIGN_OR_RETURN(values[knob.name], ReadKnob(files, knob));
  }
  return values;
}

}  // namespace avo
