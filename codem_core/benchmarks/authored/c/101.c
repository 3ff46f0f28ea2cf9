//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
//@@ helpers
//@@ doc_append
The returned array and each string in it are allocated with malloc; the caller frees them.
The number of elements of the result is stored in *count.
//@@ signature
char** words_string(const char* s, int* count) {
//@@ solution
    int capacity = 10;
    char** out = malloc(capacity * sizeof(char*));
    char* current = malloc(strlen(s) + 1);
    int word_count = 0;
    int current_length = 0;

    for (int i = 0; s[i]; i++) {
        if (s[i] == ' ' || s[i] == ',') {
            if (current_length > 0) {
                current[current_length] = '\0';
                out[word_count++] = strdup(current);
                current_length = 0;

                if (word_count >= capacity) {
                    capacity *= 2;
                    out = realloc(out, capacity * sizeof(char*));
                }
            }
        } else {
            current[current_length++] = s[i];
        }
    }

    if (current_length > 0) {
        current[current_length] = '\0';
        out[word_count++] = strdup(current);
    }

    free(current);
    *count = word_count;
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int n = -1;
        char **r = words_string("Hi, my name is John", &n);
        assert(n == 5);
        assert(strcmp(r[0], "Hi") == 0);
        assert(strcmp(r[1], "my") == 0);
        assert(strcmp(r[2], "name") == 0);
        assert(strcmp(r[3], "is") == 0);
        assert(strcmp(r[4], "John") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = words_string("One, two, three, four, five, six", &n);
        assert(n == 6);
        assert(strcmp(r[0], "One") == 0);
        assert(strcmp(r[1], "two") == 0);
        assert(strcmp(r[2], "three") == 0);
        assert(strcmp(r[3], "four") == 0);
        assert(strcmp(r[4], "five") == 0);
        assert(strcmp(r[5], "six") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = words_string("Hi, my name", &n);
        assert(n == 3);
        assert(strcmp(r[0], "Hi") == 0);
        assert(strcmp(r[1], "my") == 0);
        assert(strcmp(r[2], "name") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = words_string("One,, two, three, four, five, six,", &n);
        assert(n == 6);
        assert(strcmp(r[0], "One") == 0);
        assert(strcmp(r[1], "two") == 0);
        assert(strcmp(r[2], "three") == 0);
        assert(strcmp(r[3], "four") == 0);
        assert(strcmp(r[4], "five") == 0);
        assert(strcmp(r[5], "six") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = words_string("", &n);
        assert(n == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = words_string("ahmed     , gamal", &n);
        assert(n == 2);
        assert(strcmp(r[0], "ahmed") == 0);
        assert(strcmp(r[1], "gamal") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
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
        int n = -1;
        char **r = words_string("Hi, my name is John", &n);
        assert(n == 5);
        assert(strcmp(r[0], "Hi") == 0);
        assert(strcmp(r[1], "my") == 0);
        assert(strcmp(r[2], "name") == 0);
        assert(strcmp(r[3], "is") == 0);
        assert(strcmp(r[4], "John") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = words_string("One, two, three, four, five, six", &n);
        assert(n == 6);
        assert(strcmp(r[0], "One") == 0);
        assert(strcmp(r[1], "two") == 0);
        assert(strcmp(r[2], "three") == 0);
        assert(strcmp(r[3], "four") == 0);
        assert(strcmp(r[4], "five") == 0);
        assert(strcmp(r[5], "six") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed words_string.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
