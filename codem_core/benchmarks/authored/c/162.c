//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <openssl/evp.h>
//@@ helpers
//@@ doc_append
Returns a newly allocated (malloc) lowercase hex string, or a newly allocated "None" for an empty text; the caller frees it.
MD5 is available from OpenSSL (<openssl/evp.h> or <openssl/md5.h>, linked with -lcrypto).
//@@ signature
char* string_to_md5(const char* text) {
//@@ solution
    if (strlen(text) == 0) return strdup("None");
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int md_len = 0;
    EVP_Digest(text, strlen(text), md, &md_len, EVP_md5(), NULL);
    char *out = malloc(2 * md_len + 1);
    for (unsigned int i = 0; i < md_len; i++) sprintf(out + 2 * i, "%02x", md[i]);
    out[2 * md_len] = '\0';
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char *r = string_to_md5("Hello world");
        assert(strcmp(r, "3e25960a79dbc69b674cd4ec67a72c62") == 0);
        free(r);
    }
    {
        char *r = string_to_md5("");
        assert(strcmp(r, "None") == 0);
        free(r);
    }
    {
        char *r = string_to_md5("A B C");
        assert(strcmp(r, "0ef78513b0cb8cef12743f5aeb35f888") == 0);
        free(r);
    }
    {
        char *r = string_to_md5("password");
        assert(strcmp(r, "5f4dcc3b5aa765d61d8327deb882cf99") == 0);
        free(r);
    }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char *r = string_to_md5("Hello world");
        assert(strcmp(r, "3e25960a79dbc69b674cd4ec67a72c62") == 0);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed string_to_md5.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: solution rewritten: MD5 through OpenSSL's EVP interface (LLM4Decompile's reference computes CRC32); linked with -lcrypto like the C++ set.
Hand (C conventions): stale '// CRC32 function' helper comment removed.
