//! The `styrdok` binary: parse the command line, run, exit.

use std::process::ExitCode;

/// mimalloc instead of the system allocator: a build makes and frees
/// millions of small strings from many threads, where glibc's malloc spent
/// about a third of a rebuild's time (measured with `perf record`).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in mimalloc 3's `mi_option_e` (its
/// `include/mimalloc.h`, the version libmimalloc-sys 0.1.49 builds by
/// default), which libmimalloc-sys does not name.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() -> ExitCode {
    // Keep freed memory for reuse instead of handing it back to the system
    // after a second: a large build frees and makes again hundreds of
    // megabytes, and every page handed back is zeroed by the kernel when it
    // is taken again (8 % of a 10,000-document `check`, measured with
    // hyperfine against mimalloc's default), for about 5 % more peak memory.
    // SAFETY: sets one of mimalloc's documented options; no allocation
    // depends on its value.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
    styrdok::cli::run(styrdok::cli::parse())
}
