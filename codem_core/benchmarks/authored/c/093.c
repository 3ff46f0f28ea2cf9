//@@ header
#include <stdio.h>
#include <ctype.h>
#include <string.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned string is allocated with malloc; the caller frees it.
//@@ signature
char *encode(const char *message) {
//@@ solution
    const char* vowels = "aeiouAEIOU";
    int i, j;
    char *out = malloc(strlen(message) + 1);

    for (i = 0; message[i] != '\0'; ++i) {
        char w = message[i];
        if (islower(w)) {
            w = toupper(w);
        } else if (isupper(w)) {
            w = tolower(w);
        }

        for (j = 0; vowels[j] != '\0'; ++j) {
            if (w == vowels[j]) {
                if (j < 10) {
                    w = w + 2;
                }
                break;
            }
        }
        out[i] = w;
    }
    out[i] = '\0';
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char *r = encode("TEST");
        assert(strcmp(r, "tgst") == 0);
        free(r);
    }
    {
        char *r = encode("Mudasir");
        assert(strcmp(r, "mWDCSKR") == 0);
        free(r);
    }
    {
        char *r = encode("YES");
        assert(strcmp(r, "ygs") == 0);
        free(r);
    }
    {
        char *r = encode("This is a message");
        assert(strcmp(r, "tHKS KS C MGSSCGG") == 0);
        free(r);
    }
    {
        char *r = encode("I DoNt KnOw WhAt tO WrItE");
        assert(strcmp(r, "k dQnT kNqW wHcT Tq wRkTg") == 0);
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
        char *r = encode("test");
        assert(strcmp(r, "TGST") == 0);
        free(r);
    }
    {
        char *r = encode("This is a message");
        assert(strcmp(r, "tHKS KS C MGSSCGG") == 0);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed encode.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): caller buffer out -> returned malloc'd string.
