//@@ header
#include <stdio.h>
#include <ctype.h>
#include <string.h>
//@@ helpers
//@@ doc_append
//@@ signature
void encode(const char* message, char* out) {
//@@ solution
    const char* vowels = "aeiouAEIOU";
    int i, j;
    
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
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char out[4096] = {0};
        encode("TEST", out);
        assert(strcmp(out, "tgst") == 0);
    }
    {
        char out[4096] = {0};
        encode("Mudasir", out);
        assert(strcmp(out, "mWDCSKR") == 0);
    }
    {
        char out[4096] = {0};
        encode("YES", out);
        assert(strcmp(out, "ygs") == 0);
    }
    {
        char out[4096] = {0};
        encode("This is a message", out);
        assert(strcmp(out, "tHKS KS C MGSSCGG") == 0);
    }
    {
        char out[4096] = {0};
        encode("I DoNt KnOw WhAt tO WrItE", out);
        assert(strcmp(out, "k dQnT kNqW wHcT Tq wRkTg") == 0);
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
        char out[4096] = {0};
        encode("test", out);
        assert(strcmp(out, "TGST") == 0);
    }
    {
        char out[4096] = {0};
        encode("This is a message", out);
        assert(strcmp(out, "tHKS KS C MGSSCGG") == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed encode.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
