import type { TokenInfo } from '../../../server/auth/tokens';
import type { HttpClient } from '../../dataProvider';

export type { TokenInfo };

/** A token as created: the only answer that carries the secret itself. */
export type NewToken = TokenInfo & { token: string };

export interface PasswordChange {
  current_password: string;
  new_password: string;
}

export interface TokenRequest {
  name: string;
  /** YYYY-MM-DD, the last day it works; null for no end */
  expires_on: string | null;
}

/** The signed-in user's own account under /api/auth, as custom data-provider methods. */
export interface AccountMethods {
  changePassword: (change: PasswordChange) => Promise<void>;
  listTokens: () => Promise<TokenInfo[]>;
  createToken: (request: TokenRequest) => Promise<NewToken>;
  revokeToken: (id: number) => Promise<void>;
}

export function accountMethods(http: HttpClient): AccountMethods {
  const post = (path: string, body: unknown) => http(`/api/auth/${path}`, { method: 'POST', body: JSON.stringify(body) });
  return {
    changePassword: async (change) => {
      await post('password', change);
    },
    listTokens: async () => (await http('/api/auth/tokens')).json as TokenInfo[],
    createToken: async (request) => (await post('tokens', request)).json as NewToken,
    revokeToken: async (id) => {
      await http(`/api/auth/tokens/${encodeURIComponent(String(id))}`, { method: 'DELETE' });
    },
  };
}
