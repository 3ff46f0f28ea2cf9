//@@ header
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The result is allocated with malloc; the caller frees it.
//@@ signature
char* anti_shuffle(const char* s) {
//@@ solution
    int len = strlen(s);
    char* out = malloc(len + 2); 
    char current[51];
    int out_index = 0, current_index = 0;

    for (int i = 0; i <= len; i++) {
        if (s[i] == ' ' || s[i] == '\0') {
            for (int j = 0; j < current_index - 1; j++) {
                for (int k = j + 1; k < current_index; k++) {
                    if (current[j] > current[k]) {
                        char temp = current[j];
                        current[j] = current[k];
                        current[k] = temp;
                    }
                }
            }
            if (out_index > 0) out[out_index++] = ' ';
            for (int j = 0; j < current_index; j++) {
                out[out_index++] = current[j];
            }
            current_index = 0;
        } else {
            current[current_index++] = s[i];
        }
    }

    out[out_index] = '\0';
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char *r = anti_shuffle("Hi");
        assert(strcmp(r, "Hi") == 0);
        free(r);
    }
    {
        char *r = anti_shuffle("hello");
        assert(strcmp(r, "ehllo") == 0);
        free(r);
    }
    {
        char *r = anti_shuffle("number");
        assert(strcmp(r, "bemnru") == 0);
        free(r);
    }
    {
        char *r = anti_shuffle("abcd");
        assert(strcmp(r, "abcd") == 0);
        free(r);
    }
    {
        char *r = anti_shuffle("Hello World!!!");
        assert(strcmp(r, "Hello !!!Wdlor") == 0);
        free(r);
    }
    {
        char *r = anti_shuffle("");
        assert(strcmp(r, "") == 0);
        free(r);
    }
    {
        char *r = anti_shuffle("Hi. My name is Mister Robot. How are you?");
        assert(strcmp(r, ".Hi My aemn is Meirst .Rboot How aer ?ouy") == 0);
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
        char *r = anti_shuffle("Hi");
        assert(strcmp(r, "Hi") == 0);
        free(r);
    }
    {
        char *r = anti_shuffle("hello");
        assert(strcmp(r, "ehllo") == 0);
        free(r);
    }
    {
        char *r = anti_shuffle("Hello World!!!");
        assert(strcmp(r, "Hello !!!Wdlor") == 0);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed anti_shuffle.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
