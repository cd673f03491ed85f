// The API's error, the same class on both sides: the server throws it and sends its body, the client rebuilds it.
// Imports nothing, so the browser bundle takes it as it is.

/** The JSON body of every error response. */
export interface ApiErrorBody {
  error: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): ApiErrorBody {
    return { error: this.code, message: this.message };
  }
}
