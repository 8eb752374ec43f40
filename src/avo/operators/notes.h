// RUN/notes.md, the run's memory across steps (the agent's `notes` tool writes it): how every
// operator that shows it to a model reads it and cuts it to fit a prompt.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

namespace avo {

// The run's notes; empty when there are none yet or they cannot be read (notes are advice, so a
// step goes on without them).
std::string ReadNotes(const std::filesystem::path& run_dir);

// The notes as shown in prompts: the last `max_chars` characters when longer, since the newest
// notes matter most.
std::string NotesExcerpt(const std::string& notes, std::size_t max_chars = 6000);

}  // namespace avo
