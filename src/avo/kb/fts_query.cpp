#include "avo/kb/fts_query.h"

#include <algorithm>
#include <cctype>

namespace avo::kb {

namespace {

bool Searchable(std::string_view s) {
  // Bytes >= 0x80 are parts of non-ASCII letters, which the unicode61 tokenizer indexes.
  return std::any_of(s.begin(), s.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || std::isalnum(u);
  });
}

std::string Quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::vector<std::string> QueryTerms(std::string_view query) {
  std::vector<std::string> terms;
  size_t i = 0;
  while (i < query.size()) {
    const auto c = static_cast<unsigned char>(query[i]);
    if (std::isspace(c)) {
      ++i;
      continue;
    }
    if (c == '"') {  // a phrase up to the closing quote (or the end)
      const size_t close = query.find('"', i + 1);
      const size_t end = close == std::string_view::npos ? query.size() : close;
      const std::string_view phrase = query.substr(i + 1, end - i - 1);
      if (Searchable(phrase)) terms.push_back(Quote(phrase));
      i = end == query.size() ? end : end + 1;
      continue;
    }
    size_t end = i;
    while (end < query.size() && !std::isspace(static_cast<unsigned char>(query[end])) &&
           query[end] != '"')
      ++end;
    std::string_view word = query.substr(i, end - i);
    bool prefix = false;
    if (word.size() > 1 && word.back() == '*') {
      word.remove_suffix(1);
      prefix = Searchable(word);
    }
    if (Searchable(word)) terms.push_back(Quote(word) + (prefix ? "*" : ""));
    i = end;
  }
  return terms;
}

std::string JoinTerms(const std::vector<std::string>& terms, const std::string& op) {
  std::string out;
  for (const std::string& t : terms) {
    if (!out.empty()) out += " " + op + " ";
    out += t;
  }
  return out;
}

}  // namespace avo::kb
