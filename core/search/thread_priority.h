#pragma once
// Background priority for search threads, so an interactive GUI sharing the machine keeps the CPU
// when it needs it (a 2-core laptop running a 2-thread search must still redraw its plots).

namespace cdse {

// Lowers the calling thread's scheduling priority (Linux: nice +10 for this thread only; other
// systems: nothing). Returns whether the priority was lowered.
bool lower_current_thread_priority();

} // namespace cdse
