#include "core/threads/thread_priority.h"

#if defined(__linux__)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace cdse {

bool lower_current_thread_priority(int nice)
{
#if defined(__linux__)
  // On Linux a thread id names one thread for setpriority(PRIO_PROCESS): this thread only.
  const auto tid = static_cast<id_t>(syscall(SYS_gettid));
  return setpriority(PRIO_PROCESS, tid, nice) == 0;
#else
  (void)nice;
  return false;
#endif
}

}   // namespace cdse
