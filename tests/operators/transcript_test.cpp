// A transcript keeps every record but not every byte of a huge string: a model that writes a
// 12 MB file each turn must not fill the disk with copies of it.
#include "avo/operators/transcript.h"

#include <gtest/gtest.h>

#include "avo/util/fs.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {

TEST(TranscriptTest, AHugeStringKeepsItsEndsAndSaysHowMuchWasLeftOut) {
  testing::TempDir dir;
  const auto path = dir.path() / "transcript.jsonl";
  const std::string big = "HEAD" + std::string(3 << 20, 'x') + "TAIL";
  {
    Transcript tr(path);
    tr.Write("tool", {{"name", "write_file"}, {"arguments", {{"content", big}}}, {"chars", 7}});
    tr.Write("message", {{"text", "short"}});
  }
  const std::string text = *ReadFile(path);
  EXPECT_LT(text.size(), Transcript::kMaxStringBytes);
  const auto first = nlohmann::json::parse(text.substr(0, text.find('\n')));
  const std::string kept = first["arguments"]["content"];
  EXPECT_EQ(kept.rfind("HEAD", 0), 0u);
  EXPECT_EQ(kept.substr(kept.size() - 4), "TAIL");
  EXPECT_NE(kept.find(std::to_string(big.size() - 64 * 1024) + " bytes left out"),
            std::string::npos);
  EXPECT_EQ(first["chars"], 7);
  EXPECT_NE(text.find("\"text\":\"short\""), std::string::npos);
}

}  // namespace
}  // namespace avo
