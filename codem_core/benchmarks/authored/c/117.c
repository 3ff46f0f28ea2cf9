//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
//@@ helpers
//@@ doc_append
The returned array and each string in it are allocated with malloc; the caller frees them.
The number of elements of the result is stored in *returnSize.
//@@ signature
char **select_words(const char *s, int n, int *returnSize) {
//@@ solution
    const char *vowels = "aeiouAEIOU";
    char **out = NULL;
    int numc = 0, word_count = 0, begin = 0;
    size_t length = strlen(s);
    char *current = (char *)malloc(length + 1);

    for (int i = 0; i <= length; i++) {
        if (isspace(s[i]) || s[i] == '\0') {
            if (numc == n) {
                current[i - begin] = '\0';
                out = (char **)realloc(out, sizeof(char *) * (word_count + 1));
                out[word_count] = (char *)malloc(strlen(current) + 1);
                strcpy(out[word_count], current);
                word_count++;
            }
            begin = i + 1;
            numc = 0;
        } else {
            current[i - begin] = s[i];
            if (strchr(vowels, s[i]) == NULL && isalpha((unsigned char)s[i])) {
                numc++;
            }
        }
    }
    free(current);

    *returnSize = word_count;
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
        char **r = select_words("Mary had a little lamb", 4, &n);
        assert(n == 1);
        assert(strcmp(r[0], "little") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = select_words("Mary had a little lamb", 3, &n);
        assert(n == 2);
        assert(strcmp(r[0], "Mary") == 0);
        assert(strcmp(r[1], "lamb") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = select_words("simple white space", 2, &n);
        assert(n == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = select_words("Hello world", 4, &n);
        assert(n == 1);
        assert(strcmp(r[0], "world") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = select_words("Uncle sam", 3, &n);
        assert(n == 1);
        assert(strcmp(r[0], "Uncle") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = select_words("", 4, &n);
        assert(n == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = select_words("a b c d e f", 1, &n);
        assert(n == 4);
        assert(strcmp(r[0], "b") == 0);
        assert(strcmp(r[1], "c") == 0);
        assert(strcmp(r[2], "d") == 0);
        assert(strcmp(r[3], "f") == 0);
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
        char **r = select_words("Mary had a little lamb", 4, &n);
        assert(n == 1);
        assert(strcmp(r[0], "little") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = select_words("Mary had a little lamb", 3, &n);
        assert(n == 2);
        assert(strcmp(r[0], "Mary") == 0);
        assert(strcmp(r[1], "lamb") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = select_words("simple white space", 2, &n);
        assert(n == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = select_words("Hello world", 4, &n);
        assert(n == 1);
        assert(strcmp(r[0], "world") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = select_words("Uncle sam", 3, &n);
        assert(n == 1);
        assert(strcmp(r[0], "Uncle") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed select_words.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
