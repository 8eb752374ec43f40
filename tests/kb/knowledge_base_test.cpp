#include "avo/kb/knowledge_base.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "testing/temp_dir.h"

namespace avo::kb {
namespace {

namespace fs = std::filesystem;
using avo::testing::TempDir;

// A one-page PDF showing `text`, with a correct cross-reference table.
std::string MakePdf(const std::string& text) {
  const std::string stream = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
  const std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
      "/Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream + "\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", off);
    pdf += line;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

bool HavePdftotext() { return std::system("pdftotext -v >/dev/null 2>&1") == 0; }

class KnowledgeBaseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto kb = KnowledgeBase::Open(dir.path() / "index" / "kb.sqlite");
    ASSERT_TRUE(kb.ok()) << kb.status().ToString();
    kb_ = std::move(kb).value();
  }

  // Writes a small corpus: markdown notes, a source tree, a .git folder and a binary file.
  fs::path Corpus() {
    dir.Write("docs/wgmma.md",
              "# wgmma\n\nThe wgmma.mma_async instruction multiplies tiles from shared memory.\n\n"
              "## Waiting\n\nUse wgmma.wait_group to wait for async groups.\n");
    dir.Write("docs/tma.md",
              "# TMA\n\ncp.async.bulk.tensor copies a tile; the mbarrier counts its bytes.\n");
    std::string kernel;
    for (int i = 0; i < 150; ++i)
      kernel += "int line" + std::to_string(i) + " = " + std::to_string(i) + ";\n";
    kernel += "__global__ void softmax_kernel() { /* online softmax with exp2 */ }\n";
    dir.Write("docs/src/kernel.cu", kernel);
    dir.Write("docs/.git/config", "wgmma in git metadata must not be indexed\n");
    dir.Write("docs/image.png", std::string("\x89PNG\0\0wgmma", 11));
    dir.Write("docs/data.bin.txt", std::string("wgmma\0binary", 12));
    return dir.path() / "docs";
  }

  TempDir dir;
  std::unique_ptr<KnowledgeBase> kb_;
};

TEST_F(KnowledgeBaseTest, IndexesATreeSkippingGitAndBinaries) {
  auto stats = kb_->Add({Corpus()});
  ASSERT_TRUE(stats.ok()) << stats.status().ToString();
  EXPECT_EQ(stats->files_indexed, 3);
  EXPECT_EQ(stats->files_skipped, 1);  // data.bin.txt: a .txt with NUL bytes; .png is not even read
  auto files = kb_->ListFiles();
  ASSERT_TRUE(files.ok());
  ASSERT_EQ(files->size(), 3u);
  for (const FileInfo& f : *files) EXPECT_EQ(f.path.find(".git"), std::string::npos);
  EXPECT_EQ((*files)[0].kind, "source");  // docs/src/kernel.cu sorts first
  EXPECT_GE((*files)[0].chunks, 2);
}

TEST_F(KnowledgeBaseTest, SearchRanksAndLocatesHits) {
  ASSERT_TRUE(kb_->Add({Corpus()}).ok());
  auto hits = kb_->Search("wgmma", 5);
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].path, StoredPath(dir.path() / "docs/wgmma.md"));
  EXPECT_EQ((*hits)[0].start_line, 1);
  EXPECT_EQ((*hits)[0].end_line, 7);
  EXPECT_NE((*hits)[0].snippet.find("«wgmma»"), std::string::npos) << (*hits)[0].snippet;

  auto code = kb_->Search("softmax_kernel exp2", 5);
  ASSERT_TRUE(code.ok());
  ASSERT_FALSE(code->empty());
  EXPECT_EQ((*code)[0].path, StoredPath(dir.path() / "docs/src/kernel.cu"));
  EXPECT_EQ((*code)[0].end_line, 151);
  EXPECT_GT((*code)[0].start_line, 1);

  // All-terms hits come first; any-term hits fill up to k.
  auto mixed = kb_->Search("mbarrier wgmma", 5);
  ASSERT_TRUE(mixed.ok());
  EXPECT_EQ(mixed->size(), 2u);
  auto ranked = kb_->Search("tile", 5);  // stemmed: "tiles" in wgmma.md matches too
  ASSERT_TRUE(ranked.ok());
  EXPECT_EQ(ranked->size(), 2u);
  EXPECT_GE((*ranked)[0].score, (*ranked)[1].score);
}

TEST_F(KnowledgeBaseTest, SpecialCharactersNeverError) {
  ASSERT_TRUE(kb_->Add({Corpus()}).ok());
  for (const char* q :
       {"cp.async.bulk.tensor", "\"unbalanced", "a AND OR NOT", "NEAR(x y)", "col:umn", "^start",
        "-O3 +x", "(((", "*", "wgmma.wait_group()", "it's \"quoted\" text", ""}) {
    auto hits = kb_->Search(q, 3);
    EXPECT_TRUE(hits.ok()) << q << ": " << hits.status().ToString();
  }
  auto dotted = kb_->Search("cp.async.bulk.tensor", 3);
  ASSERT_TRUE(dotted.ok());
  ASSERT_EQ(dotted->size(), 1u);
  EXPECT_EQ((*dotted)[0].path, StoredPath(dir.path() / "docs/tma.md"));
  auto prefix = kb_->Search("mbarr*", 3);
  ASSERT_TRUE(prefix.ok());
  EXPECT_EQ(prefix->size(), 1u);
}

TEST_F(KnowledgeBaseTest, ReadReturnsExactLines) {
  ASSERT_TRUE(kb_->Add({Corpus()}).ok());
  const std::string kernel = StoredPath(dir.path() / "docs/src/kernel.cu");
  auto across = kb_->Read(kernel, 60, 62);  // may straddle a chunk boundary; must not matter
  ASSERT_TRUE(across.ok()) << across.status().ToString();
  EXPECT_EQ(*across, "int line59 = 59;\nint line60 = 60;\nint line61 = 61;");
  auto whole = kb_->Read(kernel, 1, 0);
  ASSERT_TRUE(whole.ok());
  EXPECT_EQ(whole->substr(0, 14), "int line0 = 0;");
  EXPECT_NE(whole->find("softmax_kernel"), std::string::npos);
  auto md = kb_->Read(dir.path().string() + "/docs/./wgmma.md", 2, 4);  // path is normalised
  ASSERT_TRUE(md.ok());
  EXPECT_EQ(*md, "\nThe wgmma.mma_async instruction multiplies tiles from shared memory.\n");

  EXPECT_EQ(kb_->Read("/nope.md", 1, 2).status().code(), Status::Code::kNotFound);
  EXPECT_EQ(kb_->Read(kernel, 0, 2).status().code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(kb_->Read(kernel, 500, 502).status().code(), Status::Code::kInvalidArgument);
}

TEST_F(KnowledgeBaseTest, ReAddingReplacesChangedFilesAndDropsDeletedOnes) {
  const fs::path corpus = Corpus();
  ASSERT_TRUE(kb_->Add({corpus}).ok());
  auto again = kb_->Add({corpus});
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->files_indexed, 0);
  EXPECT_EQ(again->files_unchanged, 3);

  const fs::path tma = corpus / "tma.md";
  dir.Write(
      "docs/tma.md",
      "# TMA\n\nThe tensor map describes the global tensor; multicast reaches the cluster.\n");
  fs::last_write_time(tma, fs::last_write_time(tma) + std::chrono::seconds(5));
  fs::remove(corpus / "wgmma.md");
  auto changed = kb_->Add({corpus});
  ASSERT_TRUE(changed.ok());
  EXPECT_EQ(changed->files_indexed, 1);
  EXPECT_EQ(changed->files_removed, 1);

  EXPECT_TRUE(kb_->Search("mbarrier", 5)->empty());  // the old text is gone
  EXPECT_EQ(kb_->Search("multicast", 5)->size(), 1u);
  EXPECT_TRUE(kb_->Search("wgmma", 5)->empty());
  EXPECT_EQ(kb_->ListFiles()->size(), 2u);

  // Touched without a change: no re-chunking.
  fs::last_write_time(tma, fs::last_write_time(tma) + std::chrono::seconds(5));
  auto touched = kb_->Add({tma});
  ASSERT_TRUE(touched.ok());
  EXPECT_EQ(touched->files_unchanged, 1);
  EXPECT_EQ(touched->files_indexed, 0);
}

TEST_F(KnowledgeBaseTest, PersistsAcrossReopenAndRemoves) {
  ASSERT_TRUE(kb_->Add({Corpus()}).ok());
  kb_.reset();
  auto reopened = KnowledgeBase::Open(dir.path() / "index" / "kb.sqlite");
  ASSERT_TRUE(reopened.ok());
  EXPECT_EQ((*reopened)->Search("wgmma", 3)->size(), 1u);
  auto removed = (*reopened)->Remove(dir.path() / "docs" / "src");
  ASSERT_TRUE(removed.ok());
  EXPECT_EQ(*removed, 1);
  EXPECT_TRUE((*reopened)->Search("softmax_kernel", 3)->empty());
}

TEST_F(KnowledgeBaseTest, MissingPathsAndExplicitBinariesAreErrors) {
  EXPECT_EQ(kb_->Add({dir.path() / "absent"}).status().code(), Status::Code::kNotFound);
  Corpus();
  EXPECT_EQ(kb_->Add({dir.path() / "docs" / "image.png"}).status().code(),
            Status::Code::kInvalidArgument);
  // An explicit file of unknown extension is read as text.
  const auto notes = dir.Write("NOTES.weird", "ping-pong scheduling of two consumer warpgroups\n");
  ASSERT_TRUE(kb_->Add({notes}).ok());
  EXPECT_EQ(kb_->Search("ping-pong", 3)->size(), 1u);
}

TEST_F(KnowledgeBaseTest, IndexesPdfThroughPdftotext) {
  if (!HavePdftotext()) GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
  const auto pdf =
      dir.Write("papers/fa3.pdf", MakePdf("Pingpong scheduling overlaps softmax with GEMM"));
  auto stats = kb_->Add({pdf});
  ASSERT_TRUE(stats.ok()) << stats.status().ToString();
  auto hits = kb_->Search("pingpong softmax", 3);
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].path, StoredPath(pdf));
  EXPECT_EQ(kb_->ListFiles()->at(0).kind, "pdf");
}

TEST_F(KnowledgeBaseTest, MissingPdftotextIsAClearError) {
  KnowledgeBaseOptions options;
  options.pdftotext = "avo-no-such-pdftotext";
  auto kb = KnowledgeBase::Open(dir.path() / "other.sqlite", options);
  ASSERT_TRUE(kb.ok());
  const auto pdf = dir.Write("papers/x.pdf", MakePdf("hello"));
  auto explicit_pdf = (*kb)->Add({pdf});
  ASSERT_FALSE(explicit_pdf.ok());
  EXPECT_EQ(explicit_pdf.status().code(), Status::Code::kNotFound);
  EXPECT_NE(explicit_pdf.status().message().find("install poppler-utils"), std::string::npos);
  // Inside a directory it is a warning, and the rest is indexed.
  dir.Write("papers/readme.md", "# Papers\n");
  auto walked = (*kb)->Add({dir.path() / "papers"});
  ASSERT_TRUE(walked.ok()) << walked.status().ToString();
  EXPECT_EQ(walked->files_indexed, 1);
  EXPECT_EQ(walked->files_skipped, 1);
  ASSERT_EQ(walked->warnings.size(), 1u);
  EXPECT_NE(walked->warnings[0].find("poppler-utils"), std::string::npos);
}

TEST(KnowledgeBasePack, ShippedHopperNotesAreSearchable) {
  TempDir dir;
  auto kb = KnowledgeBase::Open(dir.path() / "kb.sqlite");
  ASSERT_TRUE(kb.ok());
  const fs::path pack = fs::path(AVO_SOURCE_DIR) / "kb" / "hopper-attention";
  if (!fs::exists(pack)) GTEST_SKIP() << "no knowledge pack at " << pack;
  auto stats = (*kb)->Add({pack});
  ASSERT_TRUE(stats.ok()) << stats.status().ToString();
  EXPECT_GE(stats->files_indexed, 6);
  EXPECT_TRUE(stats->warnings.empty());
  for (const char* q : {"wgmma.mma_async", "mbarrier.try_wait.parity", "cp.async.bulk.tensor",
                        "setmaxnreg", "ping-pong", "log2e", "causal", "GQA"}) {
    auto hits = (*kb)->Search(q, 3);
    ASSERT_TRUE(hits.ok()) << q;
    EXPECT_FALSE(hits->empty()) << "nothing about " << q;
  }
}

}  // namespace
}  // namespace avo::kb
