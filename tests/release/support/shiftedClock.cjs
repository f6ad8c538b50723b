// Preloaded (node --require) into a second release build: this process's clock runs 400 days
// ahead, so a file that recorded the day of the build would differ from the first build's.
const RealDate = Date;
const SHIFT = 400 * 24 * 3600 * 1000;
class ShiftedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + SHIFT);
    else super(...args);
  }
  static now() {
    return RealDate.now() + SHIFT;
  }
}
globalThis.Date = ShiftedDate;
