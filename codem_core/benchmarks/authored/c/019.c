//@@ header
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned string is allocated with malloc; the caller frees it.
//@@ signature
char *sort_numbers(const char *numbers) {
//@@ solution
    int count[10] = {0};
    const char* numto[10] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    int index, i, j, k;
    char *out = malloc(strlen(numbers) + 1);
    char current[6];

    index = 0;
    if (*numbers) {
        do {
            for (i = 0; numbers[i] != ' ' && numbers[i] != '\0'; ++i) {
                current[i] = numbers[i];
            }
            current[i] = '\0';
            for (j = 0; j < 10; ++j) {
                if (strcmp(current, numto[j]) == 0) {
                    count[j]++;
                    break;
                }
            }
            numbers += i + 1;
        } while (numbers[-1]);
    }

    for (i = 0; i < 10; ++i) {
        for (j = 0; j < count[i]; ++j) {
            for (k = 0; numto[i][k] != '\0'; ++k, ++index) {
                out[index] = numto[i][k];
            }
            out[index++] = ' ';
        }
    }

    if (index > 0) {
        out[index - 1] = '\0';
    } else {
        out[0] = '\0';
    }

    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char *r = sort_numbers("");
        assert(strcmp(r, "") == 0);
        free(r);
    }
    {
        char *r = sort_numbers("three");
        assert(strcmp(r, "three") == 0);
        free(r);
    }
    {
        char *r = sort_numbers("three five nine");
        assert(strcmp(r, "three five nine") == 0);
        free(r);
    }
    {
        char *r = sort_numbers("five zero four seven nine eight");
        assert(strcmp(r, "zero four five seven eight nine") == 0);
        free(r);
    }
    {
        char *r = sort_numbers("six five four three two one zero");
        assert(strcmp(r, "zero one two three four five six") == 0);
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
        char *r = sort_numbers("three one five");
        assert(strcmp(r, "one three five") == 0);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed sort_numbers.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): returns a malloc'd char * (LLM4Decompile returned a static buffer as const char *).
