// The Prometheus text exposition (format 0.0.4) as api/metrics.h writes it,
// and the call metrics built on it.

#include "api/metrics.h"

#include <limits>
#include <string>

#include "absl/time/time.h"
#include "api/call_metrics.h"
#include "api/call_tracker.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace leadflow::api {
namespace {

using metrics::Histogram;
using metrics::TextWriter;
using ::testing::HasSubstr;
using ::testing::Not;

TEST(TextWriterTest, CounterHasHelpTypeAndLabelledSamples) {
  TextWriter out;
  out.Family("leadflow_things_total", TextWriter::Type::kCounter, "Things done.");
  out.Sample("leadflow_things_total", {{"kind", "a"}, {"code", "OK"}}, 3);
  out.Sample("leadflow_things_total", {}, 0);
  EXPECT_EQ(out.text(),
            "# HELP leadflow_things_total Things done.\n"
            "# TYPE leadflow_things_total counter\n"
            "leadflow_things_total{kind=\"a\",code=\"OK\"} 3\n"
            "leadflow_things_total 0\n");
}

TEST(TextWriterTest, GaugeType) {
  TextWriter out;
  out.Family("leadflow_depth", TextWriter::Type::kGauge, "Depth.");
  EXPECT_THAT(out.text(), HasSubstr("# TYPE leadflow_depth gauge\n"));
}

TEST(TextWriterTest, HistogramBucketsAreCumulativeAndEndWithInf) {
  Histogram histogram({0.5, 1, 2.5});
  histogram.Observe(0.25);
  histogram.Observe(0.5);  // on a bound: counts in that bound's bucket ("le")
  histogram.Observe(2);
  histogram.Observe(7);
  TextWriter out;
  out.Family("leadflow_latency_seconds", TextWriter::Type::kHistogram, "Latency.");
  out.Histogram("leadflow_latency_seconds", {{"method", "/p.S/M"}}, histogram.Read());
  EXPECT_EQ(out.text(),
            "# HELP leadflow_latency_seconds Latency.\n"
            "# TYPE leadflow_latency_seconds histogram\n"
            "leadflow_latency_seconds_bucket{method=\"/p.S/M\",le=\"0.5\"} 2\n"
            "leadflow_latency_seconds_bucket{method=\"/p.S/M\",le=\"1\"} 2\n"
            "leadflow_latency_seconds_bucket{method=\"/p.S/M\",le=\"2.5\"} 3\n"
            "leadflow_latency_seconds_bucket{method=\"/p.S/M\",le=\"+Inf\"} 4\n"
            "leadflow_latency_seconds_sum{method=\"/p.S/M\"} 9.75\n"
            "leadflow_latency_seconds_count{method=\"/p.S/M\"} 4\n");
}

TEST(TextWriterTest, EmptyHistogramWithoutLabels) {
  Histogram histogram({1});
  TextWriter out;
  out.Histogram("h", {}, histogram.Read());
  EXPECT_EQ(out.text(),
            "h_bucket{le=\"1\"} 0\n"
            "h_bucket{le=\"+Inf\"} 0\n"
            "h_sum 0\n"
            "h_count 0\n");
}

TEST(TextWriterTest, EscapesLabelValues) {
  TextWriter out;
  out.Sample("m", {{"v", "back\\slash \"quoted\"\nnext line"}}, 1);
  EXPECT_EQ(out.text(), "m{v=\"back\\\\slash \\\"quoted\\\"\\nnext line\"} 1\n");
}

TEST(TextWriterTest, EscapesHelpButNotQuotes) {
  TextWriter out;
  out.Family("m", TextWriter::Type::kGauge, "a \\ and \"b\"\nc");
  EXPECT_THAT(out.text(), HasSubstr("# HELP m a \\\\ and \"b\"\\nc\n"));
}

TEST(FormatValueTest, IntegersFractionsAndSpecials) {
  EXPECT_EQ(metrics::FormatValue(0), "0");
  EXPECT_EQ(metrics::FormatValue(12345678901), "12345678901");
  EXPECT_EQ(metrics::FormatValue(0.00025), "0.00025");
  EXPECT_EQ(metrics::FormatValue(-1.5), "-1.5");
  EXPECT_EQ(metrics::FormatValue(0.1 + 0.2), "0.30000000000000004");  // exact, not rounded
  EXPECT_EQ(metrics::FormatValue(std::numeric_limits<double>::infinity()), "+Inf");
  EXPECT_EQ(metrics::FormatValue(-std::numeric_limits<double>::infinity()), "-Inf");
  EXPECT_EQ(metrics::FormatValue(std::numeric_limits<double>::quiet_NaN()), "NaN");
}

TEST(HistogramTest, ReadsCountsAndSum) {
  Histogram histogram(metrics::LatencyBounds());
  for (int i = 0; i < 1000; ++i) histogram.Observe(0.002);
  const Histogram::Snapshot snapshot = histogram.Read();
  EXPECT_EQ(snapshot.count, 1000u);
  EXPECT_EQ(snapshot.cumulative.back(), 1000u);
  EXPECT_EQ(snapshot.cumulative.size(), metrics::LatencyBounds().size() + 1);
  EXPECT_NEAR(snapshot.sum, 2.0, 1e-9);
}

CallEnd End(const CallRecord& record, grpc::StatusCode code, absl::Duration duration) {
  return CallEnd{record, code, duration};
}

TEST(CallMetricsTest, CountsByMethodAndCodeAndRefusal) {
  CallMetrics metrics({"/leadflow.v1.LeadService/GetLead", "/leadflow.v1.LeadService/CreateLead"});
  CallRecord get;
  get.method = "/leadflow.v1.LeadService/GetLead";
  metrics.Record(End(get, grpc::StatusCode::OK, absl::Milliseconds(2)));
  metrics.Record(End(get, grpc::StatusCode::OK, absl::Milliseconds(3)));
  metrics.Record(End(get, grpc::StatusCode::NOT_FOUND, absl::Milliseconds(1)));
  CallRecord made_up;
  made_up.method = "/evil.Service/\"Injected\"";
  metrics.Record(End(made_up, grpc::StatusCode::UNIMPLEMENTED, absl::Microseconds(50)));
  CallRecord refused;
  refused.method = "/leadflow.v1.LeadService/CreateLead";
  refused.refusal = Refusal::kLimit;
  metrics.Record(End(refused, grpc::StatusCode::RESOURCE_EXHAUSTED, absl::Microseconds(20)));

  CallTracker tracker;
  TextWriter out;
  metrics.Render(tracker, out);
  const std::string& text = out.text();
  EXPECT_THAT(text, HasSubstr("# TYPE leadflow_calls_total counter\n"));
  EXPECT_THAT(text, HasSubstr("leadflow_calls_total{method=\"/leadflow.v1.LeadService/GetLead\","
                              "code=\"OK\"} 2\n"));
  EXPECT_THAT(text, HasSubstr("leadflow_calls_total{method=\"/leadflow.v1.LeadService/GetLead\","
                              "code=\"NOT_FOUND\"} 1\n"));
  // Unknown methods share one series; their names never become labels.
  EXPECT_THAT(text, HasSubstr("leadflow_calls_total{method=\"other\",code=\"UNIMPLEMENTED\"} 1\n"));
  EXPECT_THAT(text, Not(HasSubstr("evil")));
  EXPECT_THAT(text, HasSubstr("leadflow_call_duration_seconds_count{method=\"/leadflow.v1."
                              "LeadService/GetLead\"} 3\n"));
  EXPECT_THAT(text, HasSubstr("leadflow_call_duration_seconds_bucket{method=\"/leadflow.v1."
                              "LeadService/GetLead\",le=\"0.0025\"} 2\n"));
  EXPECT_THAT(text, HasSubstr("leadflow_calls_in_flight 0\n"));
  EXPECT_THAT(text, HasSubstr("leadflow_calls_refused_total{reason=\"limit\"} 1\n"));
  EXPECT_THAT(text, HasSubstr("leadflow_calls_refused_total{reason=\"auth\"} 0\n"));
  EXPECT_THAT(text, HasSubstr("leadflow_calls_refused_total{reason=\"scope\"} 0\n"));
  EXPECT_THAT(text, HasSubstr("leadflow_calls_refused_total{reason=\"rate\"} 0\n"));
}

}  // namespace
}  // namespace leadflow::api
