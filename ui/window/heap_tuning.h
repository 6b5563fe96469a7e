#pragma once
// The live fronts allocate large buffers many times a second: a snapshot of 200,000 designs is
// ~15 MB, and each of the three projection frames built from it a few MB more. By default glibc
// serves each as a fresh mmap: the kernel zero-fills it page by page on first touch and unmaps it
// on free (with a TLB shootdown across cores), and those page faults and unmaps serialise the GUI
// thread against the frame-building threads. Measured in bench_gui_responsiveness: the worst of
// 10 slider moves at 100,000 designs is 75–81 ms without this, 36–49 ms with it.

// Keeps buffers up to 32 MB in the heap and the heap's free top mapped (glibc; elsewhere a no-op).
// Call once at start-up, before the window exists.
void keepLargeBuffersInHeap();
