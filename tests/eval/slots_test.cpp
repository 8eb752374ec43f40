#include "avo/eval/slots.h"

#include <gtest/gtest.h>

namespace avo {
namespace {

TEST(SlotsTest, OneSlotPerGpuNamedByItsIndex) {
  auto s = PlanSlots(0, "0,1,3", {0, 1});
  ASSERT_TRUE(s.ok()) << s.status().message();
  ASSERT_EQ(s->size(), 3u);
  EXPECT_EQ((*s)[2].name, "gpu3");
  EXPECT_EQ((*s)[2].gpu, "3");
  EXPECT_TRUE((*s)[2].cpus.empty());
  auto two = PlanSlots(2, "4,5,6", {0});
  ASSERT_TRUE(two.ok());
  ASSERT_EQ(two->size(), 2u);
  EXPECT_EQ((*two)[1].gpu, "5");
}

TEST(SlotsTest, CpuSlotsSplitTheAllowedCoresWithoutOverlap) {
  auto s = PlanSlots(3, "", {2, 3, 4, 5, 6, 7, 8});
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(s->size(), 3u);
  EXPECT_EQ((*s)[0].cpus, (std::vector<int>{2, 3}));
  EXPECT_EQ((*s)[1].cpus, (std::vector<int>{4, 5}));
  EXPECT_EQ((*s)[2].cpus, (std::vector<int>{6, 7, 8}));
  EXPECT_EQ((*s)[2].name, "cpu2");
  EXPECT_FALSE((*s)[0].gpu.has_value());
  // More jobs than cores: the slots share them all.
  auto many = PlanSlots(4, "", {0, 1});
  ASSERT_TRUE(many.ok());
  EXPECT_EQ(many->size(), 4u);
  for (const Slot& slot : *many) EXPECT_TRUE(slot.cpus.empty());
  auto one = PlanSlots(0, "", {0, 1});
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->size(), 1u);
}

TEST(SlotsTest, BadListsAreRefusedNamingTheFlag) {
  for (const char* bad : {"0,,1", "a", "0,1,", "-1", "1 2", "12345"}) {
    auto s = PlanSlots(0, bad, {0});
    ASSERT_FALSE(s.ok()) << bad;
    EXPECT_NE(s.status().message().find("--gpus"), std::string::npos) << s.status().message();
  }
  auto twice = PlanSlots(0, "1,2,1", {0});
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.status().message(), "--gpus: GPU 1 is named twice");
  auto more = PlanSlots(3, "0,1", {0});
  ASSERT_FALSE(more.ok());
  EXPECT_EQ(more.status().message(), "--jobs 3: one evaluation per GPU, and --gpus names 2");
  EXPECT_FALSE(PlanSlots(-1, "", {0}).ok());
}

TEST(SlotsTest, AllowedCoresAreThisProcesssMask) {
  auto cores = AllowedCores();
  EXPECT_FALSE(cores.empty());
}

}  // namespace
}  // namespace avo
