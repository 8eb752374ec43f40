// What avo prints on stdout passes through a filter that escapes terminal control characters:
// commit messages, operator labels, reasons and file contents come from operators (an LLM, a
// coding agent, an import) and an escape sequence in them would reach the user's terminal raw
// (recolour it, retitle the window, move the cursor over earlier lines). Kept as printed: newline
// and tab. Escaped as \xHH: every other C0 byte, DEL, and the C1 controls U+0080..U+009F in
// their UTF-8 form (C2 80..C2 9F). JSON output has none to escape (nlohmann escapes them).
#pragma once

#include <ostream>
#include <streambuf>

namespace avo::cli {

// Installs the filter on `out` for its lifetime; restores the original buffer (flushed) after.
class TerminalSafeOutput {
 public:
  explicit TerminalSafeOutput(std::ostream& out);
  ~TerminalSafeOutput();
  TerminalSafeOutput(const TerminalSafeOutput&) = delete;
  TerminalSafeOutput& operator=(const TerminalSafeOutput&) = delete;

 private:
  class Filter : public std::streambuf {
   public:
    explicit Filter(std::streambuf* sink) : sink_(sink) {}
    int Finish();

   protected:
    int_type overflow(int_type c) override;
    int sync() override;

   private:
    bool Put(unsigned char c);
    bool PutEscaped(unsigned char c);
    std::streambuf* sink_;
    bool pending_c2_ = false;  // a C2 byte whose successor decides whether it starts a C1 control
  };

  std::ostream& out_;
  std::streambuf* original_;
  Filter filter_;
};

}  // namespace avo::cli
