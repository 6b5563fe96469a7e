#include "ui/window/heap_tuning.h"

#include <cstdlib>   // defines __GLIBC__ on glibc systems

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void keepLargeBuffersInHeap()
{
#if defined(__GLIBC__)
  constexpr int k_mmap_threshold_bytes = 32 * 1024 * 1024;    // glibc's largest allowed value
  constexpr int k_trim_threshold_bytes = 256 * 1024 * 1024;   // give memory back only past this
  mallopt(M_MMAP_THRESHOLD, k_mmap_threshold_bytes);
  mallopt(M_TRIM_THRESHOLD, k_trim_threshold_bytes);
#endif
}
