// The shipped attention kernel (kernels/attention/kernel/) is the lineage version its
// PROVENANCE.json names, file for file. The commit is read from PROVENANCE.json, never written
// here: `avo export RUN vN --to kernels/attention` replaces the kernel, the provenance and
// results/attention-lineage-h100 together, and this test must hold for whichever version that is.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "avo/lineage/bundle.h"
#include "avo/lineage/lineage.h"
#include "avo/util/fs.h"
#include "testing/temp_dir.h"

namespace avo {
namespace {

namespace fs = std::filesystem;

TEST(KernelProvenanceTest, TheShippedKernelIsTheLineageVersionItsProvenanceNames) {
  const fs::path root(AVO_SOURCE_DIR);
  const fs::path shipped = root / "kernels" / "attention";
  auto provenance_text = ReadFile(shipped / "PROVENANCE.json");
  ASSERT_TRUE(provenance_text.ok()) << provenance_text.status().message();
  const auto provenance = nlohmann::json::parse(*provenance_text, nullptr, false);
  ASSERT_TRUE(provenance.is_object() && provenance.contains("commit"))
      << "kernels/attention/PROVENANCE.json names no commit";
  const std::string commit = provenance["commit"].get<std::string>();

  testing::TempDir d;
  auto lineage = Lineage::Open(d.path() / "lineage.git", true);
  ASSERT_TRUE(lineage.ok()) << lineage.status().message();
  const Status fetched = FetchBundle(root / "results" / "attention-lineage-h100" / "lineage.bundle",
                                     d.path() / "lineage.git");
  ASSERT_TRUE(fetched.ok()) << fetched.message();
  auto version = Lineage::Open(d.path() / "lineage.git", false);
  ASSERT_TRUE(version.ok()) << version.status().message();
  auto in_lineage = (*version)->Files(commit);
  ASSERT_TRUE(in_lineage.ok()) << "PROVENANCE.json's commit " << commit
                               << " is not in the lineage bundle: "
                               << in_lineage.status().message();
  auto on_disk = ReadFileSet(shipped, {"kernel"});
  ASSERT_TRUE(on_disk.ok()) << on_disk.status().message();

  FileSet kernel;  // the version's kernel/ files (the attention task's editable folder)
  for (const auto& [path, content] : *in_lineage) {
    if (path.rfind("kernel/", 0) == 0) kernel.emplace(path, content);
  }
  ASSERT_FALSE(kernel.empty()) << "the version " << commit << " has no kernel/ files";
  for (const auto& [path, content] : kernel) {
    auto it = on_disk->find(path);
    ASSERT_NE(it, on_disk->end()) << "kernels/attention/" << path << " is missing";
    EXPECT_EQ(it->second, content) << "kernels/attention/" << path << " differs from " << commit;
  }
  for (const auto& [path, content] : *on_disk) {
    EXPECT_TRUE(kernel.count(path) == 1)
        << "kernels/attention/" << path << " is not in the lineage version " << commit;
  }
}

}  // namespace
}  // namespace avo
