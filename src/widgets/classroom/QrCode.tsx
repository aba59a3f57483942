import { useEffect, useState } from 'react';

/** Characters of a link a QR code can hold at low error correction (version 40, byte mode: 2953 bytes). */
const QR_CAPACITY = 2953;

/**
 * The link as a QR code, drawn large (modules of several pixels, shown at up to 420 px) so a
 * phone can read it from the back of a lecture room. The qrcode library is loaded on demand.
 */
export function QrCode({ text }: { text: string }) {
  const [image, setImage] = useState<{ text: string; src: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const tooLong = text.length > QR_CAPACITY;
  useEffect(() => {
    if (tooLong) return;
    let cancelled = false;
    import('qrcode')
      .then((qrcode) => qrcode.toDataURL(text, { errorCorrectionLevel: 'L', margin: 2, width: 840 }))
      .then((src) => {
        if (!cancelled) {
          setImage({ text, src });
          setProblem(null);
        }
      })
      .catch((error: unknown) => {
        if (!cancelled)
          setProblem(`The QR code could not be drawn: ${error instanceof Error ? error.message : String(error)}.`);
      });
    return () => {
      cancelled = true;
    };
  }, [text, tooLong]);
  if (tooLong) {
    return (
      <p className="note" data-testid="share-qr-too-long">
        This link is {text.length.toLocaleString('en')} characters long (it carries your data); a QR code holds at most{' '}
        {QR_CAPACITY.toLocaleString('en')}. Share the link itself.
      </p>
    );
  }
  if (problem)
    return (
      <p className="field-problem" role="alert">
        {problem}
      </p>
    );
  if (!image) return null;
  return (
    <img
      className="share-qr"
      data-testid="share-qr"
      src={image.src}
      alt="QR code of the link above: scan it with a phone camera to open the same state"
      width={420}
      height={420}
    />
  );
}
