#include "support/server_process.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

namespace leadflow::testing {
namespace {

constexpr std::chrono::milliseconds kPollInterval(10);

long FileSize(const std::string& path) {
  struct stat info;
  return stat(path.c_str(), &info) == 0 ? static_cast<long>(info.st_size) : 0;
}

std::string ReadFrom(const std::string& path, long offset) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "";
  in.seekg(offset);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

ServerProcess::ServerProcess(std::string binary, std::string db_path, std::string log_path,
                             std::vector<std::string> extra_flags)
    : binary_(std::move(binary)),
      db_path_(std::move(db_path)),
      log_path_(std::move(log_path)),
      extra_flags_(std::move(extra_flags)) {}

ServerProcess::~ServerProcess() {
  if (running()) Kill();
}

std::string ServerProcess::address() const { return "127.0.0.1:" + std::to_string(port_); }

pid_t ServerProcess::Spawn(std::string* error) {
  // Everything the child needs is prepared before fork(): after it, in a
  // process with gRPC's threads, only async-signal-safe calls are allowed.
  std::vector<std::string> args = {binary_, "--listen=127.0.0.1:0", "--db=" + db_path_};
  args.insert(args.end(), extra_flags_.begin(), extra_flags_.end());
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  int log_fd = open(log_path_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  int null_fd = open("/dev/null", O_RDWR | O_CLOEXEC);
  if (log_fd < 0 || null_fd < 0) {
    *error = "cannot open " + log_path_ + ": " + std::strerror(errno);
    if (log_fd >= 0) close(log_fd);
    if (null_fd >= 0) close(null_fd);
    return -1;
  }
  const pid_t parent = getpid();
  pid_t pid = fork();
  if (pid == 0) {
    // Dies with the test, even when the test itself is killed.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(127);
    dup2(null_fd, STDIN_FILENO);
    dup2(null_fd, STDOUT_FILENO);
    dup2(log_fd, STDERR_FILENO);
    execv(argv[0], argv.data());
    _exit(127);
  }
  if (pid < 0) *error = std::string("fork: ") + std::strerror(errno);
  close(log_fd);
  close(null_fd);
  return pid;
}

bool ServerProcess::Start(std::chrono::milliseconds timeout, std::string* error) {
  const long offset = FileSize(log_path_);
  pid_ = Spawn(error);
  if (pid_ < 0) return false;
  port_ = 0;
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    port_ = FindPort(offset);
    if (port_ > 0) return true;
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      *error = "server exited during start-up (wait status " + std::to_string(status) + "):\n" +
               ReadFrom(log_path_, offset);
      return false;
    }
    std::this_thread::sleep_for(kPollInterval);
  }
  *error = "server did not report its port within " + std::to_string(timeout.count()) + " ms:\n" +
           ReadFrom(log_path_, offset);
  Kill();
  return false;
}

int ServerProcess::FindPort(long offset) const {
  const std::string text = ReadFrom(log_path_, offset);
  const std::string marker = "(port ";
  const std::size_t at = text.find(marker);
  if (at == std::string::npos) return 0;
  const std::size_t end = text.find(')', at);
  if (end == std::string::npos) return 0;  // the line is still being written
  int port = 0;
  for (std::size_t i = at + marker.size(); i < end; ++i) {
    if (text[i] < '0' || text[i] > '9') return 0;
    port = port * 10 + (text[i] - '0');
  }
  return port;
}

bool ServerProcess::WaitFor(std::chrono::milliseconds timeout, int* status) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  do {
    if (waitpid(pid_, status, WNOHANG) == pid_) return true;
    std::this_thread::sleep_for(kPollInterval);
  } while (std::chrono::steady_clock::now() < deadline);
  return false;
}

void ServerProcess::Kill() {
  if (!running()) return;
  kill(pid_, SIGKILL);
  int status = 0;
  // SIGKILL cannot be caught; the wait returns as soon as the kernel has
  // torn the process down.
  waitpid(pid_, &status, 0);
  pid_ = -1;
}

bool ServerProcess::Stop(std::chrono::milliseconds grace, std::string* error) {
  if (!running()) return true;
  kill(pid_, SIGTERM);
  int status = 0;
  if (!WaitFor(grace, &status)) {
    *error =
        "server did not stop within " + std::to_string(grace.count()) + " ms of SIGTERM; killed";
    Kill();
    return false;
  }
  pid_ = -1;
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    *error = "server stopped with wait status " + std::to_string(status);
    return false;
  }
  return true;
}

std::string ServerProcess::LogTail(std::size_t bytes) const {
  const long size = FileSize(log_path_);
  const long from = size > static_cast<long>(bytes) ? size - static_cast<long>(bytes) : 0;
  return ReadFrom(log_path_, from);
}

}  // namespace leadflow::testing
