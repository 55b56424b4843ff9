// ImportTally: how an import's rows become chunks and its counts a reply.

#include "api/import_tally.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "support/status_matchers.h"

namespace leadflow::api {
namespace {

using ::leadflow::testing::HasFieldViolation;
using ::testing::HasSubstr;

v1::ImportLeadsHeader Header() {
  v1::ImportLeadsHeader header;
  header.set_request_id("import-1");
  header.mutable_source()->set_lead_source("Purchased List");
  return header;
}

// Rows first..last; the rows in `invalid` have no last name.
v1::ImportLeadsRequest Rows(std::int64_t first, std::int64_t last,
                            std::vector<std::int64_t> invalid = {}) {
  v1::ImportLeadsRequest message;
  for (std::int64_t i = first; i <= last; ++i) {
    v1::ImportRow& row = *message.add_rows();
    row.set_row_number(i);
    row.mutable_lead()->set_company("Co");
    if (std::find(invalid.begin(), invalid.end(), i) == invalid.end()) {
      row.mutable_lead()->set_last_name(absl::StrCat("Row", i));
    }
  }
  return message;
}

class ImportTallyTest : public ::testing::Test {
 protected:
  ImportTally Tally(std::int64_t resume_after = 0) {
    return ImportTally(catalog_, Header(), store::CaptureRules(), resume_after);
  }
  const domain::Catalog catalog_ = domain::Catalog::Default();
};

TEST_F(ImportTallyTest, CutsFullChunksAsRowsArriveAndTheRestAtTheEnd) {
  constexpr std::int64_t kFull = ImportTally::kChunkRows;
  ImportTally tally = Tally();
  ASSERT_TRUE(tally.Take(Rows(1, kFull - 100), true).ok());
  EXPECT_FALSE(tally.NextChunk(false).has_value()) << "the chunk is not full yet";
  ASSERT_TRUE(tally.Take(Rows(kFull - 99, kFull + 200), false).ok());
  std::optional<store::ImportChunk> full = tally.NextChunk(false);
  ASSERT_TRUE(full.has_value());
  EXPECT_EQ(full->rows.size(), static_cast<std::size_t>(kFull + 200));
  EXPECT_EQ(full->rows.front().row_number, 1);
  EXPECT_EQ(full->after_row, 0);
  EXPECT_EQ(full->last_row, kFull + 200);
  EXPECT_EQ(full->header.request_id(), "import-1");
  // Each row takes the import's source.
  EXPECT_EQ(full->rows.front().lead.lead_source(), "Purchased List");
  ASSERT_TRUE(tally.Take(Rows(kFull + 201, kFull + 210), false).ok());
  EXPECT_FALSE(tally.NextChunk(false).has_value());
  std::optional<store::ImportChunk> rest = tally.NextChunk(true);
  ASSERT_TRUE(rest.has_value());
  EXPECT_EQ(rest->rows.size(), 10u);
  EXPECT_EQ(rest->after_row, kFull + 200) << "it continues from the chunk before";
  EXPECT_FALSE(tally.NextChunk(true).has_value()) << "nothing is left";
}

TEST_F(ImportTallyTest, RejectsInvalidRowsByNumberAndStillRecordsTheirProgress) {
  ImportTally tally = Tally();
  ASSERT_TRUE(tally.Take(Rows(1, 3, {2, 3}), true).ok());
  std::optional<store::ImportChunk> chunk = tally.NextChunk(true);
  ASSERT_TRUE(chunk.has_value());
  EXPECT_EQ(chunk->rows.size(), 1u);
  EXPECT_EQ(chunk->last_row, 3) << "the rejected rows count as done";
  store::ImportChunkResult result;
  result.created = 1;
  result.last_committed_row = 3;
  tally.Add(result);
  const v1::ImportLeadsResponse response = tally.TakeResponse();
  EXPECT_EQ(response.rows_received(), 3);
  EXPECT_EQ(response.created_count(), 1);
  EXPECT_EQ(response.rejected_count(), 2);
  ASSERT_EQ(response.rejected_rows_size(), 2);
  EXPECT_EQ(response.rejected_rows(0).row_number(), 2);
  EXPECT_EQ(response.rejected_rows(0).status().code(), 3);  // INVALID_ARGUMENT
  EXPECT_THAT(response.rejected_rows(0).status().message(), HasSubstr("lead.last_name"));
  EXPECT_EQ(response.last_committed_row(), 3);
}

TEST_F(ImportTallyTest, CountsRowsAnEarlierCallCommittedWithoutSendingThemAgain) {
  ImportTally tally = Tally(/*resume_after=*/600);
  ASSERT_TRUE(tally.Take(Rows(1, 650), true).ok());
  std::optional<store::ImportChunk> chunk = tally.NextChunk(true);
  ASSERT_TRUE(chunk.has_value());
  EXPECT_EQ(chunk->rows.size(), 50u);
  EXPECT_EQ(chunk->rows.front().row_number, 601);
  EXPECT_EQ(chunk->after_row, 600);
  const v1::ImportLeadsResponse response = tally.TakeResponse();
  EXPECT_EQ(response.already_imported_count(), 600);
  EXPECT_EQ(response.resumed_after_row(), 600);
  EXPECT_EQ(response.last_committed_row(), 600) << "nothing new is committed yet";

  ImportTally done = Tally(/*resume_after=*/650);
  ASSERT_TRUE(done.Take(Rows(1, 650), true).ok());
  EXPECT_FALSE(done.NextChunk(true).has_value()) << "a finished import sends nothing";
}

TEST_F(ImportTallyTest, RefusesRowsOutOfOrderAndASecondHeader) {
  ImportTally tally = Tally();
  ASSERT_TRUE(tally.Take(Rows(1, 5), true).ok());
  EXPECT_THAT(tally.Take(Rows(5, 6), false), HasFieldViolation("rows[0].row_number"));
  ImportTally again = Tally();
  v1::ImportLeadsRequest second = Rows(1, 1);
  *second.mutable_header() = Header();
  EXPECT_THAT(again.Take(second, false), HasFieldViolation("header"));
  ImportTally zero = Tally();
  EXPECT_THAT(zero.Take(Rows(0, 1), true), HasFieldViolation("rows[0].row_number"));
}

TEST_F(ImportTallyTest, ListsTheFirstThousandRejectedRowsWhateverTheirOrderOfArrival) {
  ImportTally tally = Tally();
  // 2,500 invalid rows, then refusals from the store for rows below them.
  std::vector<std::int64_t> invalid;
  for (std::int64_t i = 3001; i <= 5500; ++i) invalid.push_back(i);
  ASSERT_TRUE(tally.Take(Rows(3001, 5500, invalid), true).ok());
  store::ImportChunkResult refusals;
  for (std::int64_t i = 1; i <= 5; ++i) {
    v1::RejectedRow& row = refusals.refused.emplace_back();
    row.set_row_number(i);
  }
  tally.Add(refusals);
  const v1::ImportLeadsResponse response = tally.TakeResponse();
  EXPECT_EQ(response.rejected_count(), 2505);
  ASSERT_EQ(response.rejected_rows_size(), static_cast<int>(ImportTally::kMaxRejectedRows));
  EXPECT_EQ(response.rejected_rows(0).row_number(), 1);
  EXPECT_EQ(response.rejected_rows(5).row_number(), 3001);
  EXPECT_EQ(response.rejected_rows(999).row_number(), 3995);
}

}  // namespace
}  // namespace leadflow::api
