//@@ header
#include <stdio.h>
#include <string.h>
#include <stdbool.h>
//@@ helpers
//@@ doc_append
//@@ signature
void words_in_sentence(const char* sentence, char* out) {
//@@ solution
    int index = 0, word_len = 0;
    int out_index = 0;
    bool is_prime;
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
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char out[4096] = {0};
        words_in_sentence("This is a test", out);
        assert(strcmp(out, "is") == 0);
    }
    {
        char out[4096] = {0};
        words_in_sentence("lets go for swimming", out);
        assert(strcmp(out, "go for") == 0);
    }
    {
        char out[4096] = {0};
        words_in_sentence("there is no place available here", out);
        assert(strcmp(out, "there is no place") == 0);
    }
    {
        char out[4096] = {0};
        words_in_sentence("Hi I am Hussein", out);
        assert(strcmp(out, "Hi am Hussein") == 0);
    }
    {
        char out[4096] = {0};
        words_in_sentence("go for it", out);
        assert(strcmp(out, "go for it") == 0);
    }
    {
        char out[4096] = {0};
        words_in_sentence("here", out);
        assert(strcmp(out, "") == 0);
    }
    {
        char out[4096] = {0};
        words_in_sentence("here is", out);
        assert(strcmp(out, "is") == 0);
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
        words_in_sentence("This is a test", out);
        assert(strcmp(out, "is") == 0);
    }
    {
        char out[4096] = {0};
        words_in_sentence("lets go for swimming", out);
        assert(strcmp(out, "go for") == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed words_in_sentence.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
