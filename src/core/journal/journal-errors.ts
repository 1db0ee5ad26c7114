/** The journal could not be written: the job must stop sending, because an unrecorded send could be duplicated later. */
export class JournalWriteError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'JournalWriteError'
  }
}

/** A journal line other than the last is damaged, so replaying it could resend rows; a person must look. */
export class JournalCorruptError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'JournalCorruptError'
  }
}

/** Resuming was refused (changed file or rows); the message is for shop staff. */
export class ResumeRefusedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ResumeRefusedError'
  }
}
