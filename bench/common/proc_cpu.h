#ifndef LEADFLOW_BENCH_COMMON_PROC_CPU_H_
#define LEADFLOW_BENCH_COMMON_PROC_CPU_H_

// CPU time of processes and threads, from /proc: on a machine whose cores
// the bench's client and the server share, where the CPU went explains a
// rate.

#include <optional>
#include <string>

namespace leadflow::bench {

// A process's (or thread's) CPU time in seconds, from its stat file.
struct ProcCpu {
  int ppid = 0;
  double own = 0;              // utime + stime
  double reaped_children = 0;  // cutime + cstime: of the children it waited for
};

// `dir`: /proc/<pid> or /proc/<pid>/task/<tid>; nullopt when unreadable.
std::optional<ProcCpu> ReadProcCpu(const std::string& dir);

// Process `pid`'s own CPU seconds so far; 0 when unreadable.
double OwnCpuSeconds(int pid);

}  // namespace leadflow::bench

#endif  // LEADFLOW_BENCH_COMMON_PROC_CPU_H_
