// Response headers every answer carries: no inline scripts, no sniffing, no framing, no referrer.
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // Styles may be inline (the editor and the graph renderer set them); scripts only from this origin.
  // Workers from blob: because the force layout runs in a generated worker.
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};
