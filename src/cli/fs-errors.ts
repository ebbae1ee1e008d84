const reasons: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  ENOENT: "it does not exist",
  ELOOP: "symbolic link loop",
  EIO: "input/output error",
  ENAMETOOLONG: "name too long",
  ENOTDIR: "a part of the path is not a folder",
  ENOSPC: "no space left on the device",
  EFBIG: "the file is larger than the file-size limit",
  EDQUOT: "over the disk quota",
  EROFS: "the file system is read-only",
};

/** A file system error in words (its code where there are none). */
export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && reasons[code]) ?? code ?? (error as Error).message;
}
