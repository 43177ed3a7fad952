export declare function json(status: number, body: unknown, headers?: Record<string, string>): Response;
export declare function apiError(status: number, error: string, message: string, requestId: string, headers?: Record<string, string>): Response;
//# sourceMappingURL=answers.d.ts.map