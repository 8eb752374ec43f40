#include "avo/kb/chunker.h"

#include <gtest/gtest.h>

#include "avo/kb/fts_query.h"

namespace avo::kb {
namespace {

std::vector<std::string> Numbered(int n, const std::string& prefix = "line ") {
  std::vector<std::string> v;
  for (int i = 0; i < n; ++i) v.push_back(prefix + std::to_string(i));
  return v;
}

void ExpectCovers(const std::vector<LineRange>& ranges, int n) {
  int pos = 0;
  for (const LineRange& r : ranges) {
    EXPECT_EQ(r.begin, pos);
    EXPECT_GT(r.end, r.begin);
    pos = r.end;
  }
  EXPECT_EQ(pos, n);
}

TEST(SplitLines, HandlesNewlinesAndCarriageReturns) {
  EXPECT_EQ(SplitLines("a\nb\n"), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(SplitLines("a\r\n\nb"), (std::vector<std::string>{"a", "", "b"}));
  EXPECT_TRUE(SplitLines("").empty());
}

TEST(Chunker, ShortDocumentIsOneChunk) {
  const auto r = ChunkLines(Numbered(30), DocKind::kText);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].end, 30);
  EXPECT_TRUE(ChunkLines({}, DocKind::kText).empty());
}

TEST(Chunker, LongTextWithoutBoundariesIsCutAtMax) {
  const auto r = ChunkLines(Numbered(200), DocKind::kText);
  ExpectCovers(r, 200);
  for (const LineRange& x : r) EXPECT_LE(x.end - x.begin, 80);
}

TEST(Chunker, SourceIsCutAtBlankLineBeforeTopLevelCode) {
  std::vector<std::string> lines;
  for (int f = 0; f < 6; ++f) {  // six 25-line functions separated by blank lines
    lines.push_back("void f" + std::to_string(f) + "() {");
    for (int i = 0; i < 23; ++i) lines.push_back("  x += " + std::to_string(i) + ";");
    lines.push_back("}");
    lines.push_back("");
  }
  const auto r = ChunkLines(lines, DocKind::kSource);
  ExpectCovers(r, static_cast<int>(lines.size()));
  for (size_t i = 0; i + 1 < r.size(); ++i) {
    EXPECT_EQ(lines[static_cast<size_t>(r[i].end)].rfind("void f", 0), 0u)
        << "cut inside a function at " << r[i].end;
    EXPECT_GE(r[i].end - r[i].begin, 40);
    EXPECT_LE(r[i].end - r[i].begin, 80);
  }
}

TEST(Chunker, MarkdownPacksSmallSectionsAndStartsChunksAtHeadings) {
  std::vector<std::string> lines;
  for (int s = 0; s < 8; ++s) {
    lines.push_back("## Section " + std::to_string(s));
    for (int i = 0; i < 14; ++i) lines.push_back("text " + std::to_string(i));
  }
  const auto r = ChunkLines(lines, DocKind::kMarkdown);
  ExpectCovers(r, static_cast<int>(lines.size()));
  EXPECT_LT(r.size(), 8u);  // sections were packed together
  for (const LineRange& x : r) EXPECT_EQ(lines[static_cast<size_t>(x.begin)].rfind("## ", 0), 0u);
}

TEST(Chunker, MarkdownNeverCutsInsideACodeFence) {
  std::vector<std::string> lines = {"# Title", "```cpp"};
  for (int i = 0; i < 60; ++i) {
    lines.push_back("code " + std::to_string(i));
    if (i % 10 == 9) lines.push_back("");
  }
  lines.push_back("```");
  lines.push_back("");
  for (int i = 0; i < 60; ++i) lines.push_back("prose " + std::to_string(i));
  const auto r = ChunkLines(lines, DocKind::kMarkdown);
  ExpectCovers(r, static_cast<int>(lines.size()));
  ASSERT_GE(r.size(), 2u);
  EXPECT_GE(r[0].end, 70);  // the fence (lines 1..68) stays whole
}

TEST(FtsQuery, QuotesEverySpecialCharacter) {
  EXPECT_EQ(QueryTerms("wgmma fence"), (std::vector<std::string>{"\"wgmma\"", "\"fence\""}));
  EXPECT_EQ(QueryTerms("cp.async.bulk.tensor"),
            (std::vector<std::string>{"\"cp.async.bulk.tensor\""}));
  EXPECT_EQ(QueryTerms("say \"hi there\" now"),
            (std::vector<std::string>{"\"say\"", "\"hi there\"", "\"now\""}));
  EXPECT_EQ(QueryTerms("tile*"), (std::vector<std::string>{"\"tile\"*"}));
  EXPECT_EQ(QueryTerms("a\"b"), (std::vector<std::string>{"\"a\"", "\"b\""}));
  EXPECT_TRUE(QueryTerms("  * - ( ) : ^ \"\" ").empty());
  EXPECT_EQ(JoinTerms({"\"a\"", "\"b\""}, "OR"), "\"a\" OR \"b\"");
}

}  // namespace
}  // namespace avo::kb
