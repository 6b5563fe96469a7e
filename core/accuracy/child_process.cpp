#include "core/accuracy/child_process.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace cdse {
namespace {

class Fd {
public:
  Fd() = default;
  explicit Fd(int fd) : fd_(fd) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() { reset(); }
  int get() const { return fd_; }
  void reset()
  {
    if (fd_ >= 0)
      ::close(fd_);
    fd_ = -1;
  }
  void assign(int fd)
  {
    reset();
    fd_ = fd;
  }

private:
  int fd_ = -1;
};

bool make_pipe(Fd& read_end, Fd& write_end)
{
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0)
    return false;
  read_end.assign(fds[0]);
  write_end.assign(fds[1]);
  return true;
}

void set_nonblocking(int fd) { ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK); }

// Writing to a pipe whose reader has gone raises SIGPIPE, which would kill the whole application.
// Block it for this thread only and swallow any pending instance afterwards.
class SigpipeGuard {
public:
  SigpipeGuard()
  {
    sigemptyset(&pipe_set_);
    sigaddset(&pipe_set_, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe_set_, &old_);
  }
  ~SigpipeGuard()
  {
    const timespec zero{0, 0};
    while (sigtimedwait(&pipe_set_, nullptr, &zero) > 0) {
    }
    pthread_sigmask(SIG_SETMASK, &old_, nullptr);
  }

private:
  sigset_t pipe_set_{}, old_{};
};

}   // namespace

ChildProcessResult run_child_process(const std::vector<std::string>& argv, std::string_view stdin_text,
                                     const ChildProcessOptions& options)
{
  ChildProcessResult result;
  if (argv.empty()) {
    result.start_error = "empty command";
    return result;
  }
  SigpipeGuard sigpipe_guard;
  Fd in_read, in_write, out_read, out_write, err_read, err_write;
  if (!make_pipe(in_read, in_write) || !make_pipe(out_read, out_write) || !make_pipe(err_read, err_write)) {
    result.start_error = std::string("cannot create pipes: ") + std::strerror(errno);
    return result;
  }

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in_read.get(), STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, out_write.get(), STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err_write.get(), STDERR_FILENO);
  if (!options.working_directory.empty())
    posix_spawn_file_actions_addchdir_np(&actions, options.working_directory.c_str());
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  // Own process group, so a timeout can kill the command and everything it started.
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  posix_spawnattr_setpgroup(&attr, 0);
  sigset_t empty, defaults;
  sigemptyset(&empty);
  posix_spawnattr_setsigmask(&attr, &empty);
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGPIPE);
  posix_spawnattr_setsigdefault(&attr, &defaults);

  std::vector<char*> args;
  for (const auto& a : argv)
    args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);

  const auto start = std::chrono::steady_clock::now();
  pid_t pid = -1;
  const int spawn_error = posix_spawnp(&pid, args[0], &actions, &attr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  if (spawn_error != 0) {
    result.start_error = "cannot start '" + argv[0] + "': " + std::strerror(spawn_error);
    return result;
  }
  result.started = true;
  in_read.reset();
  out_write.reset();
  err_write.reset();
  set_nonblocking(in_write.get());
  set_nonblocking(out_read.get());
  set_nonblocking(err_read.get());
  if (stdin_text.empty())
    in_write.reset();

  const auto deadline = start + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                    std::chrono::duration<double>(options.timeout_s));
  std::size_t written = 0;
  std::string stderr_text;
  char buffer[65536];
  while (out_read.get() >= 0 || err_read.get() >= 0) {
    const auto now = std::chrono::steady_clock::now();
    if (now >= deadline) {
      result.timed_out = true;
      break;
    }
    pollfd fds[3];
    int n = 0;
    int out_index = -1, err_index = -1, in_index = -1;
    if (out_read.get() >= 0) {
      out_index = n;
      fds[n++] = {out_read.get(), POLLIN, 0};
    }
    if (err_read.get() >= 0) {
      err_index = n;
      fds[n++] = {err_read.get(), POLLIN, 0};
    }
    if (in_write.get() >= 0) {
      in_index = n;
      fds[n++] = {in_write.get(), POLLOUT, 0};
    }
    const auto wait_ms = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - now).count() + 1;
    const int ready = ::poll(fds, static_cast<nfds_t>(n), static_cast<int>(std::min<long long>(wait_ms, 1000)));
    if (ready < 0 && errno != EINTR)
      break;
    if (ready <= 0)
      continue;
    if (in_index >= 0 && fds[in_index].revents != 0) {
      const ssize_t w = ::write(in_write.get(), stdin_text.data() + written, stdin_text.size() - written);
      if (w > 0)
        written += static_cast<std::size_t>(w);
      // A child that does not read its input is not an error: stop feeding it.
      if ((w < 0 && errno != EAGAIN && errno != EINTR) || written == stdin_text.size())
        in_write.reset();
    }
    auto drain = [&](int index, Fd& fd, bool is_stdout) {
      if (index < 0 || fds[index].revents == 0)
        return;
      const ssize_t r = ::read(fd.get(), buffer, sizeof buffer);
      if (r > 0) {
        if (is_stdout) {
          const std::size_t room = options.max_stdout_bytes -
                                   std::min(options.max_stdout_bytes, result.stdout_text.size());
          result.stdout_text.append(buffer, std::min(room, static_cast<std::size_t>(r)));
          result.stdout_truncated = result.stdout_truncated || static_cast<std::size_t>(r) > room;
        } else {
          stderr_text.append(buffer, static_cast<std::size_t>(r));
          if (stderr_text.size() > 2 * options.stderr_tail_bytes)
            stderr_text.erase(0, stderr_text.size() - options.stderr_tail_bytes);
        }
      } else if (r == 0 || (errno != EAGAIN && errno != EINTR)) {
        fd.reset();
      }
    };
    drain(out_index, out_read, true);
    drain(err_index, err_read, false);
  }
  in_write.reset();

  int status = 0;
  if (result.timed_out) {
    ::kill(-pid, SIGKILL);
    ::waitpid(pid, &status, 0);
  } else {
    // Output is closed; the child may still be exiting. Respect the deadline for that too.
    while (true) {
      const pid_t w = ::waitpid(pid, &status, WNOHANG);
      if (w == pid || (w < 0 && errno != EINTR))
        break;
      if (std::chrono::steady_clock::now() >= deadline) {
        result.timed_out = true;
        ::kill(-pid, SIGKILL);
        ::waitpid(pid, &status, 0);
        break;
      }
      ::usleep(2000);
    }
  }
  if (!result.timed_out) {
    if (WIFEXITED(status))
      result.exit_code = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
      result.signal = WTERMSIG(status);
  }
  if (stderr_text.size() > options.stderr_tail_bytes)
    stderr_text.erase(0, stderr_text.size() - options.stderr_tail_bytes);
  result.stderr_tail = std::move(stderr_text);
  result.elapsed_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

}   // namespace cdse
