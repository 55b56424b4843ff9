#include "common/proc_cpu.h"

#include <unistd.h>

#include <fstream>
#include <iterator>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

namespace leadflow::bench {

std::optional<ProcCpu> ReadProcCpu(const std::string& dir) {
  static const double kTicksPerSecond = static_cast<double>(sysconf(_SC_CLK_TCK));
  std::ifstream stat(dir + "/stat");
  const std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
  // The command name, in parentheses, may hold spaces: count from after it.
  const std::size_t close = text.rfind(')');
  if (close == std::string::npos || close + 2 >= text.size()) return std::nullopt;
  const std::vector<std::string> fields = absl::StrSplit(text.substr(close + 2), ' ');
  // Fields 4 (ppid) and 14 to 17 (utime, stime, cutime, cstime) of the line.
  double ticks[4] = {};
  ProcCpu cpu;
  if (fields.size() < 15 || !absl::SimpleAtoi(fields[1], &cpu.ppid)) return std::nullopt;
  for (int i = 0; i < 4; ++i) {
    if (!absl::SimpleAtod(fields[11 + i], &ticks[i])) return std::nullopt;
  }
  cpu.own = (ticks[0] + ticks[1]) / kTicksPerSecond;
  cpu.reaped_children = (ticks[2] + ticks[3]) / kTicksPerSecond;
  return cpu;
}

double OwnCpuSeconds(int pid) {
  const std::optional<ProcCpu> cpu = ReadProcCpu(absl::StrCat("/proc/", pid));
  return cpu ? cpu->own : 0;
}

}  // namespace leadflow::bench
