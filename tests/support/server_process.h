#ifndef LEADFLOW_TESTS_SUPPORT_SERVER_PROCESS_H_
#define LEADFLOW_TESTS_SUPPORT_SERVER_PROCESS_H_

// The real leadflow-server binary as a child process on 127.0.0.1 with a
// free port, for end-to-end tests written in C++: it can be SIGKILLed at
// any moment and started again on the same database, and its memory read
// from /proc.

#include <sys/types.h>

#include <chrono>
#include <string>
#include <vector>

namespace leadflow::testing {

class ServerProcess {
 public:
  // `log_path` collects the server's stderr across every start.
  // `extra_flags` follow --listen and --db on its command line.
  ServerProcess(std::string binary, std::string db_path, std::string log_path,
                std::vector<std::string> extra_flags = {});
  // SIGKILLs a server still running, so that no child outlives the test.
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  // Starts the binary and waits (at most `timeout`) for the line that
  // reports its port. On failure returns false with the reason in `error`.
  bool Start(std::chrono::milliseconds timeout, std::string* error);

  // SIGKILL, then reaps the child.
  void Kill();

  // SIGTERM, then waits at most `grace` for a clean exit (SIGKILL after
  // that). Returns true when it exited on its own with status 0.
  bool Stop(std::chrono::milliseconds grace, std::string* error);

  bool running() const { return pid_ > 0; }
  pid_t pid() const { return pid_; }
  int port() const { return port_; }
  std::string address() const;
  // The last `bytes` of the log, for failure reports.
  std::string LogTail(std::size_t bytes) const;

 private:
  pid_t Spawn(std::string* error);
  // Looks for "(port N)" in the log after `offset`; 0 while absent.
  int FindPort(long offset) const;
  // Polls the child until it exits or `timeout` passes. Returns whether it
  // was reaped, with its wait status in `status`.
  bool WaitFor(std::chrono::milliseconds timeout, int* status);

  std::string binary_;
  std::string db_path_;
  std::string log_path_;
  std::vector<std::string> extra_flags_;
  pid_t pid_ = -1;
  int port_ = 0;
};

}  // namespace leadflow::testing

#endif  // LEADFLOW_TESTS_SUPPORT_SERVER_PROCESS_H_
