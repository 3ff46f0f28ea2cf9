//@@ header
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned string is allocated with malloc; the caller frees it.
//@@ signature
char *int_to_mini_romank(int number) {
//@@ solution
    const char *rep[] = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
    const int num[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    int pos = 0;
    char *result = malloc(64);
    result[0] = '\0';

    while(number > 0) {
        while (number >= num[pos]) {
            strcat(result, rep[pos]);
            number -= num[pos];
        }
        if (number > 0) pos++;
    }
    return result;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char *r = int_to_mini_romank(19);
        assert(strcmp(r, "xix") == 0);
        free(r);
    }
    {
        char *r = int_to_mini_romank(152);
        assert(strcmp(r, "clii") == 0);
        free(r);
    }
    {
        char *r = int_to_mini_romank(251);
        assert(strcmp(r, "ccli") == 0);
        free(r);
    }
    {
        char *r = int_to_mini_romank(426);
        assert(strcmp(r, "cdxxvi") == 0);
        free(r);
    }
    {
        char *r = int_to_mini_romank(500);
        assert(strcmp(r, "d") == 0);
        free(r);
    }
    {
        char *r = int_to_mini_romank(1);
        assert(strcmp(r, "i") == 0);
        free(r);
    }
    {
        char *r = int_to_mini_romank(4);
        assert(strcmp(r, "iv") == 0);
        free(r);
    }
    {
        char *r = int_to_mini_romank(43);
        assert(strcmp(r, "xliii") == 0);
        free(r);
    }
    {
        char *r = int_to_mini_romank(90);
        assert(strcmp(r, "xc") == 0);
        free(r);
    }
    {
        char *r = int_to_mini_romank(94);
        assert(strcmp(r, "xciv") == 0);
        free(r);
    }
    {
        char *r = int_to_mini_romank(532);
        assert(strcmp(r, "dxxxii") == 0);
        free(r);
    }
    {
        char *r = int_to_mini_romank(900);
        assert(strcmp(r, "cm") == 0);
        free(r);
    }
    {
        char *r = int_to_mini_romank(994);
        assert(strcmp(r, "cmxciv") == 0);
        free(r);
    }
    {
        char *r = int_to_mini_romank(1000);
        assert(strcmp(r, "m") == 0);
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
        char *r = int_to_mini_romank(19);
        assert(strcmp(r, "xix") == 0);
        free(r);
    }
    {
        char *r = int_to_mini_romank(152);
        assert(strcmp(r, "clii") == 0);
        free(r);
    }
    {
        char *r = int_to_mini_romank(426);
        assert(strcmp(r, "cdxxvi") == 0);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed int_to_mini_romank.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): caller buffer result -> returned malloc'd string.
