//@@ header
#include <stdio.h>
#include <string.h>
#include <stdbool.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned string is allocated with malloc; the caller frees it.
//@@ signature
char *words_in_sentence(const char *sentence) {
//@@ solution
    int index = 0, word_len = 0;
    int out_index = 0;
    bool is_prime;
    char *out = malloc(strlen(sentence) + 1);
    int i, j;

    for (i = 0; sentence[i] != '\0'; ++i) {
        if (sentence[i] != ' ') {
            word_len++;
        } else {
            if (word_len > 1) {
                is_prime = true;
                for (j = 2; j * j <= word_len; ++j) {
                    if (word_len % j == 0) {
                        is_prime = false;
                        break;
                    }
                }
            } else {
                is_prime = false;
            }

            if (is_prime) {
                if (out_index > 0) {
                    out[out_index++] = ' ';
                }
                memcpy(out + out_index, sentence + i - word_len, word_len);
                out_index += word_len;
            }
            word_len = 0;
        }
    }

    if (word_len > 1) {
        is_prime = true;
        for (j = 2; j * j <= word_len; ++j) {
            if (word_len % j == 0) {
                is_prime = false;
                break;
            }
        }
    } else {
        is_prime = false;
    }

    if (is_prime) {
        if (out_index > 0) {
            out[out_index++] = ' ';
        }
        memcpy(out + out_index, sentence + i - word_len, word_len);
        out_index += word_len;
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
        char *r = words_in_sentence("This is a test");
        assert(strcmp(r, "is") == 0);
        free(r);
    }
    {
        char *r = words_in_sentence("lets go for swimming");
        assert(strcmp(r, "go for") == 0);
        free(r);
    }
    {
        char *r = words_in_sentence("there is no place available here");
        assert(strcmp(r, "there is no place") == 0);
        free(r);
    }
    {
        char *r = words_in_sentence("Hi I am Hussein");
        assert(strcmp(r, "Hi am Hussein") == 0);
        free(r);
    }
    {
        char *r = words_in_sentence("go for it");
        assert(strcmp(r, "go for it") == 0);
        free(r);
    }
    {
        char *r = words_in_sentence("here");
        assert(strcmp(r, "") == 0);
        free(r);
    }
    {
        char *r = words_in_sentence("here is");
        assert(strcmp(r, "is") == 0);
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
        char *r = words_in_sentence("This is a test");
        assert(strcmp(r, "is") == 0);
        free(r);
    }
    {
        char *r = words_in_sentence("lets go for swimming");
        assert(strcmp(r, "go for") == 0);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed words_in_sentence.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): caller buffer out -> returned malloc'd string.
