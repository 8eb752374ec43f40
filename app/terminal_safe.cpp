#include "terminal_safe.h"

namespace avo::cli {

TerminalSafeOutput::TerminalSafeOutput(std::ostream& out)
    : out_(out), original_(out.rdbuf()), filter_(original_) {
  out_.rdbuf(&filter_);
}

TerminalSafeOutput::~TerminalSafeOutput() {
  out_.flush();
  filter_.Finish();
  out_.rdbuf(original_);
}

bool TerminalSafeOutput::Filter::Put(unsigned char c) {
  return sink_->sputc(static_cast<char>(c)) != traits_type::eof();
}

bool TerminalSafeOutput::Filter::PutEscaped(unsigned char c) {
  static const char kHex[] = "0123456789abcdef";
  const char text[4] = {'\\', 'x', kHex[c >> 4], kHex[c & 0xf]};
  return sink_->sputn(text, 4) == 4;
}

TerminalSafeOutput::Filter::int_type TerminalSafeOutput::Filter::overflow(int_type ch) {
  if (traits_type::eq_int_type(ch, traits_type::eof())) return traits_type::not_eof(ch);
  const auto c = static_cast<unsigned char>(traits_type::to_char_type(ch));
  bool ok = true;
  if (pending_c2_) {
    pending_c2_ = false;
    if (c >= 0x80 && c <= 0x9f) return PutEscaped(0xc2) && PutEscaped(c) ? ch : traits_type::eof();
    ok = Put(0xc2);
  }
  if (c == 0xc2) {
    pending_c2_ = true;
  } else if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f) {
    ok = ok && PutEscaped(c);
  } else {
    ok = ok && Put(c);
  }
  return ok ? ch : traits_type::eof();
}

int TerminalSafeOutput::Filter::sync() { return sink_->pubsync(); }

int TerminalSafeOutput::Filter::Finish() {
  if (pending_c2_ && !Put(0xc2)) return -1;
  pending_c2_ = false;
  return sink_->pubsync();
}

}  // namespace avo::cli
