#ifndef OPEDB_SYSTEM_H
#define OPEDB_SYSTEM_H

/// Raises the calling thread's nice value to `niceness` (Linux: nice is per thread), so the
/// thread yields its core to normal-priority threads when they contend. Swift cannot call
/// gettid/syscall itself. Returns 0, or -1 where unsupported or refused (harmless: the thread
/// then keeps its priority).
int opedb_lower_thread_priority(int niceness);

/// Whether the file open as `fd` lives on a kernel pseudo filesystem (proc, sysfs, debugfs,
/// tracefs, cgroup, devpts, securityfs, bpf, configfs, efivarfs, pstore): files there are not
/// documents, and some block for ever when read (`/proc/kmsg`). 1 yes, 0 no, -1 unknown.
int opedb_is_kernel_filesystem_fd(int fd);

/// The same for a path (followed if it is a symlink), without opening it.
int opedb_is_kernel_filesystem_path(const char *path);

#endif
