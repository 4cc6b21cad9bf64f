import { createContext, useContext } from "react";

/**
 * The Content-Security-Policy nonce of this response, given by
 * app/entry.server.tsx. In the browser it is undefined (browsers hide nonces
 * from the DOM, and scripts added after hydration come from 'self').
 */
export const NonceContext = createContext<string | undefined>(undefined);

export const useNonce = () => useContext(NonceContext);
