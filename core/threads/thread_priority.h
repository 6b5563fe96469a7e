#pragma once
// Lower priorities for helper threads, so an interactive GUI sharing the machine keeps the CPU
// when it needs it (a 2-core laptop running a 2-thread search must still redraw its plots).

namespace cdse {

// Linux niceness of a search thread: it yields to everything interactive.
inline constexpr int k_background_nice = 10;

// Lowers the calling thread's scheduling priority (Linux: `nice` for this thread only; other
// systems: nothing). Returns whether the priority was lowered.
bool lower_current_thread_priority(int nice = k_background_nice);

}   // namespace cdse
