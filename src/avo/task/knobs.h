// Knobs: named parameters of a candidate with a finite set of values, marked in the source by a
// comment `avo:knob NAME`. They give the classical mutate operator something to vary without an
// LLM (docs/task-format.md, "Knobs").
#pragma once

#include <map>
#include <string>

#include "avo/task/task.h"
#include "avo/util/fs.h"

namespace avo {

// The knob's current value in `files`: the last whole word before the marker, on the marker's
// line, that equals one of the allowed values. NotFound when the file, marker or value is missing.
Result<std::string> ReadKnob(const FileSet& files, const Knob& knob);

// Returns `files` with the knob set to `value` (which must be one of knob.values).
Result<FileSet> SetKnob(const FileSet& files, const Knob& knob, const std::string& value);

// name -> current value, for every knob of the task.
Result<std::map<std::string, std::string>> ReadKnobs(const FileSet& files, const TaskSpec& task);

}  // namespace avo
